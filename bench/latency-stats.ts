import type { LoadStats } from './result-types.js';

/** The `p`th percentile (0..100) of sorted values by the nearest-rank method; 0 for no values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Rounds to 3 decimals, so results files stay readable. */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Summarises latencies (ms) measured over `seconds`, plus the failures counted beside them. */
export function summarise(
  latencies: readonly number[],
  seconds: number,
  errors: number,
  errorSample?: string,
): LoadStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    requests: sorted.length,
    errors,
    ...(errorSample === undefined ? {} : { errorSample }),
    seconds: round3(seconds),
    rps: round3(seconds > 0 ? sorted.length / seconds : 0),
    mean: round3(sorted.length > 0 ? sum / sorted.length : 0),
    p50: round3(percentile(sorted, 50)),
    p95: round3(percentile(sorted, 95)),
    p99: round3(percentile(sorted, 99)),
    max: round3(sorted.at(-1) ?? 0),
  };
}

/** a / b, or NaN when b is 0 (shown as "–"). */
export function ratio(a: number, b: number): number {
  return b === 0 ? Number.NaN : round3(a / b);
}
