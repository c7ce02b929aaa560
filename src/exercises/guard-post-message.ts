/**
 * Keeps learner code off a worker's channel to its parent. Learner code runs in the same global
 * scope as the runner (runner.worker.ts) and the task hosts (task.worker.ts), so a bare
 * `postMessage("hello")` would reach the parent as if the runner had sent it, and a loop of a
 * million of them would flood the page. {@link guardPostMessage} takes the real `postMessage` for
 * the runner and gives the scope (and its prototypes) a replacement that hands each message to
 * `onLearnerMessage` instead (the runner shows them as console output, throttled and capped).
 *
 * Any worker, and Node (with a plain object as the scope).
 */

/** Something with a `postMessage`, e.g. `self` in a dedicated worker. */
export interface PostingScope {
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

/**
 * Replaces `scope.postMessage` (own property and every prototype that defines one) by a function
 * that calls `onLearnerMessage(message)` and sends nothing.
 *
 * @returns the original `postMessage`, bound to `scope`: the only way left to talk to the parent
 */
export function guardPostMessage(scope: PostingScope, onLearnerMessage: (message: unknown) => void): (message: unknown, transfer?: Transferable[]) => void {
  const original = scope.postMessage;
  const send = (message: unknown, transfer?: Transferable[]): void => {
    original.call(scope, message, transfer ?? []);
  };
  const replacement = function postMessage(message?: unknown): void {
    onLearnerMessage(message);
  };
  const define = (target: object) => Object.defineProperty(target, 'postMessage', { value: replacement, writable: true, configurable: true, enumerable: true });
  for (let proto = Object.getPrototypeOf(scope) as object | null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    if (Object.prototype.hasOwnProperty.call(proto, 'postMessage')) define(proto);
  }
  define(scope);
  return send;
}
