/**
 * The directed acyclic graph (DAG) of jobs that produce the requested targets, built backwards from
 * the targets as Snakemake does: for each file wanted, find the one rule whose output pattern
 * matches it (the match fixes the wildcards), fill that rule's input patterns, and recurse. A file
 * no rule produces must already exist (a source file, such as a book). Jobs are unique per rule
 * and wildcard values, so a file wanted twice is made once.
 *
 * Errors (a {@link WorkflowError} each, naming rule and file): a missing input, two rules able to
 * make one file (ambiguous), a cycle, a target that is neither a file nor a rule, a rule whose
 * inputs use a wildcard its outputs do not set.
 *
 * Pure: any thread, and Node.
 */
import { WorkflowError } from './errors.ts';
import { fillPattern, matchPattern, wildcardNames, type Wildcards } from './patterns.ts';
import { inputList, outputPatterns, type Rule, type Workflow } from './rules.ts';

/** One job: a rule applied to one set of wildcard values. */
export interface Job {
  /** Unique id: `rule` or `rule[book=book01]`. */
  id: string;
  /** The rule's name. */
  rule: string;
  /** Wildcard values fixed by the output that was asked for. */
  wildcards: Wildcards;
  /** Named inputs, filled (each a list of files). */
  input: Readonly<Record<string, readonly string[]>>;
  /** Named outputs, filled. */
  output: Readonly<Record<string, string>>;
  /** The rule's parameters. */
  params: Readonly<Record<string, string | number>>;
  /** The rule's step, absent for target rules. */
  step?: string;
  /** Ids of the jobs that make this job's inputs. */
  deps: readonly string[];
}

/** The DAG of a set of targets. */
export interface Dag {
  /** Every job, by id. */
  jobs: ReadonlyMap<string, Job>;
  /** Job ids in a topological order: every job after the jobs it depends on. */
  order: readonly string[];
  /** The jobs that make the requested targets. */
  targetJobs: readonly string[];
  /** Files no rule makes, which the jobs read (the source files). */
  sources: readonly string[];
}

/** Every file of a job's inputs, in declaration order. */
export function jobInputs(job: Job): string[] {
  return Object.values(job.input).flat();
}

/** Every file of a job's outputs. */
export function jobOutputs(job: Job): string[] {
  return Object.values(job.output);
}

function jobId(rule: string, wildcards: Wildcards): string {
  const keys = Object.keys(wildcards).sort();
  return keys.length === 0 ? rule : `${rule}[${keys.map((k) => `${k}=${wildcards[k]}`).join(',')}]`;
}

/** Checks the rules themselves: unique names, outputs sharing their wildcards, inputs using only those. */
function checkRules(workflow: Workflow): void {
  const seen = new Set<string>();
  for (const rule of workflow.rules) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(rule.name)) throw new WorkflowError('bad-rule', `"${rule.name}" is not a valid rule name (letters, digits and _, not starting with a digit).`, rule.name);
    if (seen.has(rule.name)) throw new WorkflowError('bad-rule', `Two rules are named ${rule.name}.`, rule.name);
    seen.add(rule.name);
    const outs = outputPatterns(rule);
    const names = outs.length ? wildcardNames(outs[0]!).sort().join(',') : '';
    for (const out of outs) {
      if (wildcardNames(out).sort().join(',') !== names) {
        throw new WorkflowError('bad-rule', `Rule ${rule.name}: every output must use the same wildcards ("${out}" differs from "${outs[0]}").`, rule.name, out);
      }
    }
  }
}

/**
 * Builds the DAG of the jobs needed for `targets` (file names, or names of rules without
 * wildcards, such as `all`). Cost: linear in jobs times rules.
 *
 * @param exists whether a file is present already (a source file no rule makes must be)
 * @throws WorkflowError for an unknown target, a missing input, an ambiguous rule, a cycle or a bad rule
 */
export function buildDag(workflow: Workflow, targets: readonly string[], exists: (file: string) => boolean): Dag {
  checkRules(workflow);
  const jobs = new Map<string, Job>();
  const order: string[] = [];
  const sources = new Set<string>();
  const visiting: { job: string; file: string }[] = [];
  const rulesByName = new Map(workflow.rules.map((r) => [r.name, r]));

  /** The job that makes `file`, or null for a source file. `wantedBy` names the rule that asked. */
  const producerOf = (file: string, wantedBy: string | null): { rule: Rule; wildcards: Wildcards } | null => {
    const candidates = workflow.rules.flatMap((rule) => {
      for (const out of outputPatterns(rule)) {
        const w = matchPattern(out, file);
        if (w) return [{ rule, wildcards: w }];
      }
      return [];
    });
    if (candidates.length > 1) {
      throw new WorkflowError(
        'ambiguous-rule',
        `Rules ${candidates.map((c) => c.rule.name).join(' and ')} can both make ${file}: a file must have one producer. Rename an output or restrict a wildcard.`,
        candidates[0]!.rule.name,
        file,
      );
    }
    if (candidates.length === 1) return candidates[0]!;
    if (exists(file)) return null;
    throw new WorkflowError(
      'missing-input',
      wantedBy ? `Missing input for rule ${wantedBy}: ${file} does not exist and no rule makes it.` : `The target ${file} does not exist and no rule makes it.`,
      wantedBy ?? undefined,
      file,
    );
  };

  const visit = (rule: Rule, wildcards: Wildcards, file: string): string => {
    const id = jobId(rule.name, wildcards);
    const cycleAt = visiting.findIndex((v) => v.job === id);
    if (cycleAt >= 0) {
      const path = [...visiting.slice(cycleAt).map((v) => `${v.job} (needs ${v.file})`), id].join(' → ');
      throw new WorkflowError('cycle', `Cyclic dependency: ${path}. A job cannot need its own output.`, rule.name, file);
    }
    if (jobs.has(id)) return id;
    const where = `rule ${rule.name}`;
    const input: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(rule.input)) {
      try {
        input[name] = inputList(value).map((p) => fillPattern(p, wildcards, where));
      } catch (e) {
        throw new WorkflowError('bad-rule', (e as Error).message, rule.name);
      }
    }
    const output = Object.fromEntries(Object.entries(rule.output).map(([k, p]) => [k, fillPattern(p, wildcards, where)]));
    const deps: string[] = [];
    for (const f of Object.values(input).flat()) {
      visiting.push({ job: id, file: f });
      const producer = producerOf(f, rule.name);
      if (producer) {
        const dep = visit(producer.rule, producer.wildcards, f);
        if (!deps.includes(dep)) deps.push(dep);
      } else sources.add(f);
      visiting.pop();
    }
    const job: Job = { id, rule: rule.name, wildcards, input, output, params: rule.params ?? {}, deps };
    if (rule.step !== undefined) job.step = rule.step;
    jobs.set(id, job);
    order.push(id);
    return id;
  };

  const targetJobs: string[] = [];
  for (const target of targets) {
    const byName = rulesByName.get(target);
    let id: string | null;
    if (byName) {
      const names = outputPatterns(byName).flatMap(wildcardNames);
      if (names.length > 0) {
        throw new WorkflowError('unknown-target', `Rule ${target} has wildcards ({${names[0]}}), so it cannot be a target by name: ask for one of its files instead.`, target);
      }
      id = visit(byName, {}, target);
    } else if (target.includes('/') || target.includes('.')) {
      const producer = producerOf(target, null);
      id = producer ? visit(producer.rule, producer.wildcards, target) : null;
    } else {
      throw new WorkflowError('unknown-target', `"${target}" is neither a rule (${[...rulesByName.keys()].join(', ')}) nor a file name.`, undefined, target);
    }
    if (id && !targetJobs.includes(id)) targetJobs.push(id);
  }
  return { jobs, order, targetJobs, sources: [...sources] };
}

/** Ids of every job downstream of `id` (that need its outputs, directly or not), in DAG order. */
export function downstreamOf(dag: Dag, id: string): string[] {
  const hit = new Set([id]);
  const out: string[] = [];
  for (const j of dag.order) {
    const job = dag.jobs.get(j)!;
    if (job.deps.some((d) => hit.has(d))) {
      hit.add(j);
      out.push(j);
    }
  }
  return out;
}
