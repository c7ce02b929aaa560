/**
 * Checks of "Add a rule" (lesson 11, after the ENCCS exercise "Extend the Snakefile"): the
 * learner's rules go through the workflow runtime of src/workflow. The DAG must hold one `acf`
 * job per book, each after its book's count, and `all` must depend on every one of them; the DAG
 * is compared with the one before (the course's workflow, src/workflow/word-count-workflow.ts).
 * Then the new workflow runs on a memory store and every acf file must match the reference step.
 */
import { attempt, fail, learnerFunction, pass, show } from '../../../../src/exercises/check-helpers.ts';
import type { CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';
import { buildDag, type Dag } from '../../../../src/workflow/dag.ts';
import { WorkflowError } from '../../../../src/workflow/errors.ts';
import { executeJob, writeBooks } from '../../../../src/workflow/execute-job.ts';
import { prepare, runPlan } from '../../../../src/workflow/run-workflow.ts';
import type { Workflow } from '../../../../src/workflow/rules.ts';
import { plainLanes } from '../../../../src/workflow/scheduler.ts';
import { MemoryStore } from '../../../../src/workflow/store.ts';
import { acfTable } from '../../../../src/workflow/word-count.ts';
import { bookNames, wordCountWorkflow } from '../../../../src/workflow/word-count-workflow.ts';

const BOOKS = bookNames(3);
const exists = (f: string) => BOOKS.some((b) => f === `data/${b}.txt`);

export const checks: ExerciseChecks = async (ctx) => {
  const fn = learnerFunction(ctx, 'rules');
  if (!fn.ok) return [fn.result];
  const got = await attempt(ctx, 'rules(books) returns the rules', 'a list of rule objects', () => fn.value([...BOOKS]));
  if (!got.ok) return [got.result];
  if (!Array.isArray(got.value)) return [fail('rules(books) returns the rules', 'a list of rule objects', show(got.value))];
  const workflow: Workflow = { rules: got.value as Workflow['rules'] };
  const results: CheckResult[] = [];

  let dag: Dag;
  try {
    dag = buildDag(workflow, ['all'], exists);
  } catch (e) {
    if (e instanceof WorkflowError) return [fail('the DAG of your rules builds', 'a DAG', e.message)];
    throw e;
  }
  const before = buildDag(wordCountWorkflow({ books: BOOKS }), ['all'], exists);
  const acfJobs = dag.order.filter((id) => dag.jobs.get(id)!.rule === 'acf');
  if (acfJobs.length !== BOOKS.length) {
    results.push(
      fail(
        'one acf job per book',
        `${BOOKS.length} jobs of rule acf`,
        `${acfJobs.length}`,
        workflow.rules.some((r) => r.name === 'acf') ? 'The rule is there, but is it asked for? A rule runs only when some job (here: all) needs its output.' : 'There is no rule named acf yet.',
      ),
    );
    return results;
  }
  results.push(pass('one acf job per book', `the DAG grew from ${before.jobs.size} to ${dag.jobs.size} jobs: ${acfJobs.join(', ')}`));
  for (const b of BOOKS) {
    const job = dag.jobs.get(`acf[book=${b}]`);
    if (!job) {
      results.push(fail(`acf of ${b}`, `a job acf[book=${b}]`, 'none'));
      continue;
    }
    const deps = job.deps;
    const out = Object.values(job.output);
    if (!deps.includes(`count_words[book=${b}]`)) results.push(fail(`acf of ${b} runs after count_words of ${b}`, `a dependency on count_words[book=${b}]`, show(deps), 'Its input dat must be processed_data/{book}.dat.'));
    else if (out.length !== 1 || out[0] !== `results/acf_${b}.csv`) results.push(fail(`acf of ${b} writes results/acf_${b}.csv`, `results/acf_${b}.csv`, show(out)));
    else results.push(pass(`acf of ${b}`, `needs ${deps.join(' and ')}${Object.values(job.input).flat().includes(`data/${b}.txt`) ? ` and data/${b}.txt` : ''}`));
  }
  const all = dag.jobs.get('all')!;
  const missing = acfJobs.filter((id) => !all.deps.includes(id));
  results.push(missing.length === 0 ? pass('rule all asks for every acf file') : fail('rule all asks for every acf file', 'all depends on every acf job', `missing: ${missing.join(', ')}`));
  if (results.some((r) => !r.ok)) return results;

  // Run it: the new jobs really compute the autocorrelation.
  const store = new MemoryStore();
  await writeBooks(store, BOOKS, 4000);
  const { plan } = await prepare(workflow, ['all'], store);
  const run = await runPlan(plan, { j: 2, runLanes: plainLanes, execute: (job) => executeJob(store, job) });
  if (run.failure) return [...results, fail('the workflow runs', 'every job done', run.failure.error)];
  const dec = new TextDecoder();
  for (const b of BOOKS) {
    const csv = await store.read(`results/acf_${b}.csv`);
    const text = dec.decode((await store.read(`data/${b}.txt`))!);
    const dat = dec.decode((await store.read(`processed_data/${b}.dat`))!);
    const expected = acfTable(text, dat, 10, 20);
    if (!csv || dec.decode(csv) !== expected) {
      results.push(fail(`results/acf_${b}.csv`, expected.split('\n').slice(0, 3).join(' | '), csv ? dec.decode(csv).split('\n').slice(0, 3).join(' | ') : 'missing', 'Are nwords 10 and lags 20?'));
      return results;
    }
  }
  results.push(pass('the workflow runs', `${run.records.length} jobs done; acf at lag 1 of ${BOOKS[0]}: ${dec.decode((await store.read(`results/acf_${BOOKS[0]}.csv`))!).split('\n')[2]}`));
  return results;
};
