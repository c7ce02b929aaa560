/**
 * State of Run/Check for one exercise: starts a fresh learner worker per request
 * (runner-client.ts), collects console lines (at most 1000 kept), and can be stopped.
 * Main thread (React).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { runInFreshWorker, type ClientOutcome } from './runner-client.ts';
import type { LogLine } from './types.ts';

/** What the exercise panel shows about the last Run or Check. */
export interface ExerciseRunState {
  status: 'idle' | 'running' | 'done';
  mode: 'run' | 'check' | null;
  outcome: ClientOutcome | null;
  logs: LogLine[];
  droppedLogs: number;
}

const MAX_LOGS = 1000;
const IDLE: ExerciseRunState = { status: 'idle', mode: null, outcome: null, logs: [], droppedLogs: 0 };

/**
 * @param target lesson folder, exercise id, exported names and time limit of the exercise
 * @returns the state, `start(mode, source)` (resolves with the outcome), and `stop()`
 */
export function useExerciseRun(target: { lessonDir: string; id: string; exports: string[]; timeLimitMs: number }) {
  const [state, setState] = useState<ExerciseRunState>(IDLE);
  const controller = useRef<AbortController | null>(null);
  const { lessonDir, id, exports, timeLimitMs } = target;

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (mode: 'run' | 'check', source: string): Promise<ClientOutcome> => {
      controller.current?.abort();
      const ac = new AbortController();
      controller.current = ac;
      setState({ status: 'running', mode, outcome: null, logs: [], droppedLogs: 0 });
      const outcome = await runInFreshWorker(
        { mode, lessonDir, id, source, exports },
        {
          timeLimitMs,
          signal: ac.signal,
          onLog: (lines, dropped) =>
            setState((s) => {
              const room = MAX_LOGS - s.logs.length;
              return { ...s, logs: room > 0 ? [...s.logs, ...lines.slice(0, room)] : s.logs, droppedLogs: s.droppedLogs + dropped + Math.max(0, lines.length - Math.max(room, 0)) };
            }),
        },
      );
      if (controller.current === ac) {
        controller.current = null;
        setState((s) => ({ ...s, status: 'done', outcome }));
      }
      return outcome;
    },
    [lessonDir, id, exports, timeLimitMs],
  );

  const stop = useCallback(() => controller.current?.abort(), []);
  const clear = useCallback(() => setState(IDLE), []);

  return { state, start, stop, clear };
}
