// Work over many lines in steps: a generator yields between chunks of lines, so a sliced
// analysis can pause inside a stage (on a 100,000-node page one stage alone runs long),
// and a plain run drives the same generator to its end.

/** Lines handled between two pause points. */
export const LINES_PER_STEP = 2_000;

/** Calls `each` over [0, length) in chunks, yielding between them. */
export function* inChunks(length: number, each: (from: number, to: number) => void): Generator<void, void> {
  for (let from = 0; from < length; from += LINES_PER_STEP) {
    if (from > 0) yield;
    each(from, Math.min(length, from + LINES_PER_STEP));
  }
}

/** Runs steps to the end without pausing. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}
