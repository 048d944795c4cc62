/** Lets at most `max` heavy requests run at once; the others wait up to `waitMs` for a place. */
export interface HeavyRequestGate {
  /** Resolves with a release function once a place is free; undefined when none freed up in time. */
  enter(): Promise<(() => void) | undefined>;
  /** Heavy requests running now. */
  readonly running: number;
}

/**
 * A counting gate for requests the cost model calls heavy, so that a few of them cannot hold every database
 * connection and worker while cheap requests wait: those never pass through the gate.
 */
export function createHeavyRequestGate(max: number, waitMs: number): HeavyRequestGate {
  let running = 0;
  const waiting: (() => void)[] = [];

  const release = (): void => {
    const next = waiting.shift();
    if (next !== undefined) next();
    else running -= 1;
  };
  const once = (): (() => void) => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      release();
    };
  };

  return {
    get running() {
      return running;
    },
    enter() {
      if (running < max) {
        running += 1;
        return Promise.resolve(once());
      }
      return new Promise((resolve) => {
        const admit = (): void => {
          clearTimeout(timer);
          resolve(once());
        };
        const timer = setTimeout(() => {
          const index = waiting.indexOf(admit);
          if (index >= 0) waiting.splice(index, 1);
          resolve(undefined);
        }, waitMs);
        waiting.push(admit);
      });
    },
  };
}
