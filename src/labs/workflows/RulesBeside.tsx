import { useMemo } from 'react';
import { isExpand, type Rule, type Workflow } from '../../workflow/rules.ts';
import { snakefile } from '../../workflow/snakefile.ts';

/** One rule as the browser declares it (the object in src/workflow/word-count-workflow.ts). */
function ruleSource(rule: Rule): string {
  const input = Object.entries(rule.input)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? `'${v}'` : isExpand(v) ? `{ expand: '${v.expand}', values: { book: BOOKS } }` : JSON.stringify(v)}`)
    .join(', ');
  const output = Object.entries(rule.output).map(([k, v]) => `${k}: '${v}'`).join(', ');
  const params = rule.params ? `,\n  params: { ${Object.entries(rule.params).map(([k, v]) => `${k}: ${typeof v === 'number' ? v : `'${v}'`}`).join(', ')} }` : '';
  const step = rule.step ? `,\n  step: '${rule.step}'` : '';
  return `{\n  name: '${rule.name}',\n  input: { ${input} },\n  output: ${output ? `{ ${output} }` : '{}'}${params}${step},\n}`;
}

/**
 * The workflow's rules as the browser runs them beside the Snakefile of the download: the same
 * names, inputs, outputs and params, in two notations. Main thread (React).
 */
export function RulesBeside({ workflow, books }: { workflow: Workflow; books: readonly string[] }) {
  const browser = useMemo(() => `const BOOKS = [${books.map((b) => `'${b}'`).join(', ')}];\n\n${workflow.rules.map(ruleSource).join(',\n')}`, [workflow, books]);
  const snake = useMemo(() => snakefile(workflow, { book: books }), [workflow, books]);
  return (
    <details className="wf-rules">
      <summary>The rules in the browser, beside the Snakefile</summary>
      <div className="wf-beside">
        <div>
          <h4>In the browser (JavaScript objects)</h4>
          <pre tabIndex={0} aria-label="Rules in the browser" data-testid="browser-rules">{browser}</pre>
        </div>
        <div>
          <h4>Snakefile (in the download)</h4>
          <pre tabIndex={0} aria-label="Snakefile" data-testid="snakefile">{snake}</pre>
        </div>
      </div>
    </details>
  );
}
