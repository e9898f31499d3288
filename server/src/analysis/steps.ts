/**
 * Long computations written once, run two ways.
 *
 * A stage that may take long on a large workspace is a generator that `yield`s (no value) at
 * points where it may pause: between documents, every few dozen claims, between rules. The CLI
 * and the tests drive it to the end in one go (`runSteps`); the language server drives it with
 * `runStepsAsync`, which gives the event loop a turn every few milliseconds so that requests,
 * cancellations and edits are read while a multi-second analysis runs. The code between two
 * yields is the same either way, so the results are too.
 */

/** A computation that yields where it may pause, and returns its result. */
export type Steps<T> = Generator<void, T, undefined>;

/** Runs `steps` to the end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** How `runStepsAsync` pauses and what it checks after each pause. */
export interface AsyncStepOptions {
  /** Longest run of steps between two pauses, in ms (a step may overshoot it by its own length). */
  sliceMs: number;
  /** Called after each pause; throws to abandon the computation (cancellation, newer input). */
  afterPause?: () => void;
  /** How to give the event loop a turn; by default a macrotask (setImmediate, else setTimeout). */
  pause?: () => Promise<void>;
}

/** Runs `steps`, pausing whenever `sliceMs` have passed since the last pause. */
export async function runStepsAsync<T>(steps: Steps<T>, options: AsyncStepOptions): Promise<T> {
  const pause = options.pause ?? macrotask;
  let sliceEnd = performance.now() + options.sliceMs;
  try {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() < sliceEnd) continue;
      await pause();
      options.afterPause?.();
      sliceEnd = performance.now() + options.sliceMs;
    }
  } finally {
    // Abandoned (afterPause threw): let the generator run its `finally` blocks, if any.
    steps.return(undefined as never);
  }
}

/**
 * A pause that lets pending I/O be read: a macrotask, not a microtask (a resolved promise would
 * run before any message is read).
 */
function macrotask(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}
