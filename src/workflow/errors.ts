/**
 * The errors a workflow reports, each naming the rule and the file concerned, with Snakemake's
 * own terms (MissingInputException, AmbiguousRuleException, CyclicGraphException) in `kind`.
 *
 * Pure: any thread, and Node.
 */

/** What went wrong while building or running a workflow. */
export type WorkflowErrorKind = 'missing-input' | 'ambiguous-rule' | 'cycle' | 'unknown-target' | 'bad-rule' | 'job-failed';

/** An error of a workflow, with a message meant for the reader of the lab. */
export class WorkflowError extends Error {
  constructor(
    readonly kind: WorkflowErrorKind,
    message: string,
    /** The rule concerned, when there is one. */
    readonly rule?: string,
    /** The file concerned, when there is one. */
    readonly file?: string,
  ) {
    super(message);
    this.name = 'WorkflowError';
  }
}
