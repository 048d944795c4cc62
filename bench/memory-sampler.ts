import v8 from 'node:v8';
import vm from 'node:vm';

let gcFunction: (() => void) | undefined;

/**
 * A function that runs a full garbage collection now, so that `heapUsed` afterwards is what is really
 * retained. Node hides `gc` unless started with --expose-gc; the flag can still be set at run time.
 */
export function forceGc(): void {
  if (gcFunction === undefined) {
    v8.setFlagsFromString('--expose-gc');
    gcFunction = vm.runInNewContext('gc') as () => void;
  }
  gcFunction();
}

export interface MemoryPeaks {
  peakRssBytes: number;
  peakHeapUsedBytes: number;
  samples: number;
}

/** Samples this process's RSS and heap every `intervalMs` until stopped, keeping the peaks. */
export function sampleMemory(intervalMs = 100): { stop(): MemoryPeaks } {
  const peaks: MemoryPeaks = { peakRssBytes: 0, peakHeapUsedBytes: 0, samples: 0 };
  const take = () => {
    const usage = process.memoryUsage();
    peaks.peakRssBytes = Math.max(peaks.peakRssBytes, usage.rss);
    peaks.peakHeapUsedBytes = Math.max(peaks.peakHeapUsedBytes, usage.heapUsed);
    peaks.samples += 1;
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return peaks;
    },
  };
}
