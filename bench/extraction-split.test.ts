import { describe, expect, it } from 'vitest';
import { extractionSplit } from './extraction-split.js';

describe('extractionSplit', () => {
  it("gives events' share of extraction time and of facts, in the run's mode", () => {
    const line = extractionSplit({
      extractorMode: 'backbone',
      stages: {
        sourceMs: 1,
        extractMs: 10_000,
        resolveMs: 1,
        loadMs: 1,
        mentionsMs: 6000,
        eventsMs: 1000,
        claimsMs: 3000,
      },
    });
    expect(line).toBe(
      'Extraction (backbone mode), 10.0 s: names 6.0 s (60.0%), events 1.0 s (10.0%), claims 3.0 s (30.0%). ' +
        'Events are 10.0% of extraction time and 25.0% of facts (events + claims).',
    );
  });

  it('says nothing for results recorded before the split', () => {
    expect(
      extractionSplit({ stages: { sourceMs: 1, extractMs: 10_000, resolveMs: 1, loadMs: 1 } }),
    ).toBeUndefined();
  });
});
