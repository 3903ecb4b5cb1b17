// Main-thread time of work done in slices. Each stretch between pauses is recorded
// as a `<name>:slice` User Timing measure, so the wall time of the whole (pauses
// included) and the busy time (the sum of its slices) can be told apart.

export interface SliceClock {
  /** Ends the current slice, gives the event loop a turn, starts the next slice. */
  pause(): Promise<void>;
  /** Ends the last slice. */
  end(): void;
}

const nextTask = () => new Promise<void>((done) => setTimeout(done, 0));

export function sliceClock(name: string, yieldTurn: () => Promise<void> = nextTask): SliceClock {
  let start = performance.now();
  const close = () => performance.measure(`${name}:slice`, { start, end: performance.now() });
  return {
    pause: async () => {
      close();
      await yieldTurn();
      start = performance.now();
    },
    end: close,
  };
}
