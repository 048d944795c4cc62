import type { IngestBench } from './result-types.js';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
/**
 * Where extraction time goes: names, events and claims, as shares of the extraction column (names + facts),
 * in the mode the corpus went through. Undefined for results written before the split was recorded.
 */
export function extractionSplit(i: Pick<IngestBench, 'extractorMode' | 'stages'>): string | undefined {
  const { mentionsMs, eventsMs, claimsMs, extractMs } = i.stages;
  if (mentionsMs === undefined || eventsMs === undefined || claimsMs === undefined || extractMs <= 0) {
    return undefined;
  }
  const share = (ms: number) => `${((100 * ms) / extractMs).toFixed(1)}%`;
  return (
    `Extraction (${i.extractorMode ?? 'rules'} mode), ${seconds(extractMs)}: names ${seconds(mentionsMs)} (${share(mentionsMs)}), ` +
    `events ${seconds(eventsMs)} (${share(eventsMs)}), claims ${seconds(claimsMs)} (${share(claimsMs)}). ` +
    `Events are ${share(eventsMs)} of extraction time and ${eventsMs + claimsMs > 0 ? ((100 * eventsMs) / (eventsMs + claimsMs)).toFixed(1) : '0.0'}% of facts (events + claims).`
  );
}

/** Events' share of extraction time (0..1), or undefined when the run did not record the split. */
export function eventsShare(
  stages: Pick<IngestBench['stages'], 'extractMs' | 'eventsMs'>,
): number | undefined {
  return stages.eventsMs === undefined || stages.extractMs <= 0
    ? undefined
    : stages.eventsMs / stages.extractMs;
}
