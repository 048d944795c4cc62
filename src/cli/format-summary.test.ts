import { describe, expect, it } from 'vitest';
import { emptyCounts } from '../pipeline/load/index.js';
import type { IngestSummary } from '../pipeline/ingest.js';
import { formatSummary } from './format-summary.js';

function summary(shard: { index: number; count: number }, otherShards: number): IngestSummary {
  return {
    inputs: 10,
    shard,
    otherShards,
    read: 10 - otherShards,
    written: 10 - otherShards,
    unchanged: 0,
    replaced: 0,
    duplicates: 0,
    warnings: 0,
    rejected: [],
    counts: emptyCounts(),
    timings: { source: 0, mentions: 0, resolve: 0, facts: 0, events: 0, claims: 0, load: 0 },
    extractorVersion: '0.0.0-test',
    extractorMode: 'rules',
  };
}

describe('formatSummary', () => {
  it.each([
    [
      { index: 2, count: 3 },
      6,
      "shard 2/3: wrote this shard's articles; skipped 6 as other shards'",
      '= 10 of 10 inputs',
    ],
    [
      { index: 1, count: 2 },
      0,
      "shard 1/2: wrote this shard's articles; skipped 0 as other shards'",
      '= 10 of 10 inputs',
    ],
  ])('names shard %j and the articles it left to the others', (shard, others, line, total) => {
    const text = formatSummary(summary(shard, others), 1);
    expect(text).toContain(line);
    expect(text).toContain(`${others} other shards' ${total}`);
  });

  it('says nothing of shards in a run over the whole corpus', () => {
    expect(formatSummary(summary({ index: 1, count: 1 }, 0), 1)).not.toMatch(/shard/);
  });
});
