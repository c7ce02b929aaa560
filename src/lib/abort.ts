/**
 * Cancellation errors, one definition for the pool, the measurement loop and the runtimes.
 * Pure: any thread, and Node.
 */

/** The error a cancelled run rejects with (`name === 'AbortError'`), carrying the abort reason's message. */
export function abortError(reason?: unknown): DOMException {
  const message = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'The run was cancelled';
  return new DOMException(message, 'AbortError');
}

/** True when `error` is the rejection of a cancelled run. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Throws the abort error when `signal` has aborted. @throws DOMException AbortError */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal.reason);
}
