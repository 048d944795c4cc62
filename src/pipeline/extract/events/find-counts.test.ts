import { describe, expect, it } from 'vitest';
import { findCountsInSentence } from './find-counts.js';

function counts(text: string) {
  return findCountsInSentence({ index: 0, text, start: 0, end: text.length }).map((c) => ({
    what: c.what,
    value: c.value,
  }));
}

describe('findCountsInSentence', () => {
  it.each([
    ['The firm paid $2.5bn for the unit.', 'amount', 2_500_000_000],
    ['Sales rose 12% in May.', 'percent', 12],
    ['The carmaker will cut 1,200 jobs.', 'jobs', 1200],
    ['Chelsea won 3-0 at home.', 'score', '3-0'],
    ['Seven people were killed in the blast.', 'killed', 7],
    ['The bank will shed a thousand jobs.', 'jobs', 1000],
  ])('reads %s', (text, what, value) => {
    expect(counts(text)).toContainEqual({ what, value });
  });

  it('reads nothing from a sentence without numbers', () => {
    expect(counts('The minister resigned.')).toEqual([]);
  });
});
