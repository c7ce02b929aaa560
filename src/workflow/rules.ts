/**
 * The rules of a workflow, as a Snakefile declares them: a name, named inputs and outputs (file
 * patterns with `{wildcards}`), parameters, and the step that turns inputs into outputs. A rule
 * without outputs (`rule all`) only asks for its inputs: it is how a Snakefile names its default
 * targets.
 *
 * Pure declarations: any thread, and Node.
 */
import { expand } from './patterns.ts';

/** Snakemake's `expand('processed_data/{book}.dat', book=BOOKS)`, kept as such so a Snakefile can print it. */
export interface Expand {
  /** The pattern to fill. */
  expand: string;
  /** The values of each wildcard (the product is taken). */
  values: Readonly<Record<string, readonly string[]>>;
}

/** An input of a rule: one pattern, a list of files, or an expand(). */
export type InputValue = string | readonly string[] | Expand;

/** Whether an input value is an {@link Expand}. */
export function isExpand(value: InputValue): value is Expand {
  return typeof value === 'object' && !Array.isArray(value) && 'expand' in value;
}

/** The files or patterns an input value stands for. */
export function inputList(value: InputValue): string[] {
  if (typeof value === 'string') return [value];
  if (isExpand(value)) return expand(value.expand, value.values);
  return [...(value as readonly string[])];
}

/** One rule, like `rule count_words: input: book='data/{book}.txt' output: 'processed_data/{book}.dat'`. */
export interface Rule {
  /** Rule name (a Python identifier, as in a Snakefile). */
  name: string;
  /** Named inputs: one pattern, a list of files, or an expand(). */
  input: Readonly<Record<string, InputValue>>;
  /** Named outputs: one pattern each. Every output of a rule must use the same wildcards. */
  output: Readonly<Record<string, string>>;
  /** Parameters handed to the step (Snakemake's `params:`). */
  params?: Readonly<Record<string, string | number>>;
  /** Id of the step that computes the outputs (see steps.ts); absent for target rules such as `all`. */
  step?: string;
}

/** A workflow: its rules, in Snakefile order (the first is the default target, as in Snakemake). */
export interface Workflow {
  rules: readonly Rule[];
}

/** Every input pattern of `rule`, flattened, in declaration order. */
export function inputPatterns(rule: Rule): string[] {
  return Object.values(rule.input).flatMap(inputList);
}

/** Every output pattern of `rule`, in declaration order. */
export function outputPatterns(rule: Rule): string[] {
  return Object.values(rule.output);
}
