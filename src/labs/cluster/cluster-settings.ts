/**
 * Settings of the cluster lab (`#/lab/cluster?node=8&example=array&autorun=1`, or with the whole
 * script: `…&script=%23!%2Fbin%2Fbash%0A…`): the cores of the modelled node, the example a
 * script started from, and the script itself. The script is validated by the browser's sbatch
 * (src/slurm): its first error, with its line, is the field's message; every message shows at its
 * line in the editor. A link with an example and no script starts from that example's script.
 *
 * Pure: any thread, and Node.
 */
import { choice, wholeNumber } from '../../params/parse.ts';
import { allocate, type Allocation, type ClusterNode } from '../../slurm/allocation.ts';
import { commandMessages } from '../../slurm/job-commands.ts';
import { parseBatchScript, type ParsedScript, type ScriptMessage } from '../../slurm/parse-script.ts';
import { parseFields, type FieldSpec, type LabSettings, type RawSettings, type Validation } from '../kit/settings.ts';
import { CLUSTER_EXAMPLES, exampleById, type ExampleId } from './examples.ts';

/** The fields of the lab (and its link's parameters). */
export type ClusterField = 'node' | 'example' | 'script';

/** Most cores of the modelled node. */
export const MAX_NODE_CORES = 32;
/** Longest script accepted (characters). */
export const MAX_SCRIPT_CHARS = 8000;

/** Validated settings: a script sbatch would accept, its allocation on the node. */
export interface ClusterParams {
  node: ClusterNode;
  example: ExampleId;
  script: string;
  parsed: ParsedScript;
  allocation: Allocation;
}

/** Name and partition of the modelled node. */
export const NODE_NAME = 'browser';

const fields: FieldSpec<ClusterField>[] = [
  { name: 'node', label: 'Cores of the node (modelled)', help: (_raw, env) => `The one node of this cluster, 1 to ${MAX_NODE_CORES}; your browser reports ${env.cores} real cores.` },
  { name: 'example', label: 'Start from', kind: 'select', options: CLUSTER_EXAMPLES.map((e) => ({ value: e.id, label: e.label })), help: 'Choosing one replaces the script.' },
  { name: 'script', label: 'Batch script', inputMode: 'text', help: 'sbatch reads the #SBATCH lines up to the first command.' },
];

const schemas = {
  node: wholeNumber('the cores of the node', { min: 1, max: MAX_NODE_CORES }),
  example: choice(CLUSTER_EXAMPLES.map((e) => e.id) as [ExampleId, ...ExampleId[]], `Start from one of: ${CLUSTER_EXAMPLES.map((e) => e.id).join(', ')}.`),
};

/** The message of the script field: its first error, with the line. */
export function scriptError(messages: readonly ScriptMessage[]): string | undefined {
  const first = messages.find((m) => m.severity === 'error');
  return first ? `Line ${first.line}: ${first.text}` : undefined;
}

/**
 * Reads a script against a node: the parser's messages, the browser's notes on its commands, and
 * the allocation (or sbatch's refusal, at the line of the request). Never throws.
 */
export function checkScript(script: string, node: ClusterNode): { parsed: ParsedScript; messages: ScriptMessage[]; allocation: Allocation | null } {
  const parsed = parseBatchScript(script);
  const messages = [...parsed.messages, ...commandMessages(parsed.body)];
  let allocation: Allocation | null = null;
  if (parsed.ok) {
    const a = allocate(parsed.request, node);
    if (a.ok) allocation = a.value;
    else {
      // The message goes to the line of the request that does not fit: the nodes, else the cores per task, else the tasks.
      const lines = script.split('\n');
      const lastLine = (pattern: RegExp) => lines.findLastIndex((l) => /^#SBATCH/.test(l) && pattern.test(l)) + 1;
      const line = /nodes/.test(a.error) ? lastLine(/(\s-N|--nodes)/) : lastLine(/(\s-c|--cpus-per-task)/) || lastLine(/(\s-n|--ntasks)/);
      messages.push({ line: line || 1, severity: 'error', text: a.error });
    }
  }
  messages.sort((a, b) => a.line - b.line);
  return { parsed, messages, allocation };
}

function validate(raw: RawSettings<ClusterField>): Validation<ClusterField, ClusterParams> {
  const { values, errors } = parseFields(raw, schemas);
  const script = raw.script ?? '';
  if (script.length > MAX_SCRIPT_CHARS) errors.script = `The script is ${script.length} characters long; keep it under ${MAX_SCRIPT_CHARS}.`;
  else if (values.node !== undefined) {
    const node: ClusterNode = { name: NODE_NAME, cores: values.node, partition: NODE_NAME };
    const checked = checkScript(script, node);
    const problem = scriptError(checked.messages);
    if (problem) errors.script = problem;
    else if (checked.allocation && values.example !== undefined && Object.keys(errors).length === 0) {
      return { params: { node, example: values.example, script, parsed: checked.parsed, allocation: checked.allocation }, errors: {} };
    }
  }
  return { params: null, errors };
}

/** The cluster lab's settings: an 8-core node, starting from the HPC2N under-use example. */
export const clusterSettings: LabSettings<ClusterField, ClusterParams> = {
  fields,
  defaults: () => ({ node: '8', example: 'underuse', script: exampleById('underuse').script }),
  validate,
};

/** The starting text of the fields for a link or lesson: an example without a script brings its script. */
export function initialFields(initial: Partial<RawSettings<ClusterField>> | undefined): Partial<RawSettings<ClusterField>> {
  if (!initial) return {};
  if (initial.script === undefined && initial.example !== undefined) return { ...initial, script: exampleById(initial.example).script };
  return initial;
}
