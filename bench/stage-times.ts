import type { IngestSummary } from '../src/pipeline/ingest.js';
import { round3 } from './latency-stats.js';
import type { StageTimes } from './result-types.js';

/** An ingest summary's summed stage timings as the bench records them (extraction = names + facts). */
export function stageTimes(timings: IngestSummary['timings']): StageTimes {
  return {
    sourceMs: round3(timings.source),
    extractMs: round3(timings.mentions + timings.facts),
    resolveMs: round3(timings.resolve),
    loadMs: round3(timings.load),
    mentionsMs: round3(timings.mentions),
    eventsMs: round3(timings.events),
    claimsMs: round3(timings.claims),
  };
}
