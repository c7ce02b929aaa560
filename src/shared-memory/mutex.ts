/**
 * A mutex (mutual-exclusion lock) on one Int32 of shared memory, guarding a critical section.
 *
 * Algorithm: "Mutex, Take 3" (mutex3) from Ulrich Drepper, "Futexes Are Tricky", Red Hat, 2004,
 * revised 2011 (https://www.akkadia.org/drepper/futex.pdf). The word holds 0 (unlocked),
 * 1 (locked, nobody waiting) or 2 (locked, maybe waiters). Locking is one compareExchange when
 * the lock is free; a thread that finds it taken marks it 2 and sleeps in Atomics.wait (a futex
 * wait) until the holder's unlock notices the 2 and wakes one sleeper. Uncontended lock and
 * unlock never enter the kernel, and unlock skips the wake-up call when nobody waits.
 *
 * Waiting threads only: Atomics.wait is not allowed on a browser's main thread. Pure otherwise,
 * so it runs in browser workers and Node worker_threads alike.
 */

const UNLOCKED = 0;
const LOCKED = 1;
const CONTENDED = 2;

/**
 * Takes the lock at `word[index]`, sleeping while another thread holds it.
 *
 * @param word Int32Array over shared memory; `word[index]` must start at 0 and be used only
 *   through these functions
 * @throws TypeError (from Atomics.wait) on a browser's main thread when the lock is taken
 */
export function lock(word: Int32Array, index = 0): void {
  let c = Atomics.compareExchange(word, index, UNLOCKED, LOCKED);
  if (c === UNLOCKED) return;
  if (c !== CONTENDED) c = Atomics.exchange(word, index, CONTENDED);
  while (c !== UNLOCKED) {
    Atomics.wait(word, index, CONTENDED);
    c = Atomics.exchange(word, index, CONTENDED);
  }
}

/**
 * Takes the lock if it is free, without waiting. Any thread, including a browser's main thread.
 * @returns true when the caller now holds the lock
 */
export function tryLock(word: Int32Array, index = 0): boolean {
  return Atomics.compareExchange(word, index, UNLOCKED, LOCKED) === UNLOCKED;
}

/**
 * Releases the lock at `word[index]` and wakes one waiting thread if there may be one.
 * Only the thread holding the lock may call it.
 *
 * @throws Error when the lock was not held (unlocking an unlocked mutex is a bug)
 */
export function unlock(word: Int32Array, index = 0): void {
  const previous = Atomics.sub(word, index, 1);
  if (previous === LOCKED) return;
  if (previous === UNLOCKED) {
    Atomics.store(word, index, UNLOCKED);
    throw new Error('unlock of a mutex that was not locked');
  }
  Atomics.store(word, index, UNLOCKED);
  Atomics.notify(word, index, 1);
}

/**
 * Runs `criticalSection` while holding the lock, releasing it even when the section throws.
 * @returns what `criticalSection` returns
 */
export function withLock<T>(word: Int32Array, index: number, criticalSection: () => T): T {
  lock(word, index);
  try {
    return criticalSection();
  } finally {
    unlock(word, index);
  }
}
