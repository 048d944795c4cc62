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
    ['She went down 6-2 7-5 to Dechy.', 'score', '6-2 7-5'],
    ['Lopez won 6-2 3-6 6-3.', 'score', '6-2 3-6 6-3'],
    ['Lee defeated Gambill 6-3 7-6 (7-4).', 'score', '6-3 7-6 (7-4)'],
    ['Kim defeated Hernych 7-5 6-3, and Carlsen beat Labadze.', 'score', '7-5 6-3'],
    ['Chelsea won 3-0.', 'score', '3-0'],
    ['He won 6-3 6-7 (2-7) 7-6 (7-5) in the final.', 'score', '6-3 6-7 (2-7) 7-6 (7-5)'],
    ['It cut A$68m from its targets.', 'amount', 68_000_000],
    ['Seven people were killed in the blast.', 'killed', 7],
    ['The bank will shed a thousand jobs.', 'jobs', 1000],
  ])('reads %s', (text, what, value) => {
    expect(counts(text)).toContainEqual({ what, value });
  });

  it('reads the sets of one match as one score, not one score per set', () => {
    expect(counts('after a 6-2 5-7 6-2 loss to Dementieva')).toEqual([
      { what: 'score', value: '6-2 5-7 6-2' },
    ]);
  });

  it.each([
    ['It cut A$68m from its targets.', 'AUD'],
    ['The deal is worth C$2bn.', 'CAD'],
    ['Sales reached NZ$40m.', 'NZD'],
    ['The firm paid $2.5bn for the unit.', 'USD'],
  ])('reads the currency of %s as %s', (text, unit) => {
    expect(findCountsInSentence({ index: 0, text, start: 0, end: text.length })[0]?.unit).toBe(unit);
  });

  it.each([
    ['Mr Doherty, 25, was arrested after an incident in a hotel.'],
    ['Mr Knight, 39, was arrested on Saturday.'],
  ])('reads no age as a count: %s', (text) => {
    expect(counts(text)).toEqual([]);
  });

  it('reads a number with grouped thousands whole', () => {
    expect(counts('Some 94,000 people were killed.')).toEqual([{ what: 'killed', value: 94000 }]);
  });

  it('reads nothing from a sentence without numbers', () => {
    expect(counts('The minister resigned.')).toEqual([]);
  });
});
