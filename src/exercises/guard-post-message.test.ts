import { describe, expect, it } from 'vitest';
import { guardPostMessage } from './guard-post-message.ts';
import { asRunnerMessage, RUNNER_TAG } from './protocol.ts';

describe('guardPostMessage', () => {
  it('gives learner code a postMessage that reports instead of sending, and keeps the real one', () => {
    const sent: unknown[] = [];
    class Scope {
      postMessage(m: unknown) {
        sent.push(m);
      }
    }
    const scope = new Scope();
    const seen: unknown[] = [];
    const send = guardPostMessage(scope, (m) => seen.push(m));
    scope.postMessage('hello');
    Scope.prototype.postMessage.call(scope, 'via the prototype');
    send({ type: 'started' });
    expect(seen).toEqual(['hello', 'via the prototype']);
    expect(sent).toEqual([{ type: 'started' }]);
  });
});

describe('asRunnerMessage', () => {
  it("accepts only the runner's own, well-formed messages", () => {
    expect(asRunnerMessage({ [RUNNER_TAG]: true, type: 'started' })).toEqual({ type: 'started' });
    expect(asRunnerMessage({ [RUNNER_TAG]: true, type: 'outcome', outcome: { kind: 'ran', durationMs: 1 } })).toMatchObject({ type: 'outcome' });
    for (const stray of ['hello', 7, null, undefined, { type: 'started' }, { [RUNNER_TAG]: true, type: 'outcome' }, { [RUNNER_TAG]: true, type: 'log', lines: 3 }]) {
      expect(asRunnerMessage(stray)).toBeUndefined();
    }
  });
});
