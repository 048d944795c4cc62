import { describe, expect, it } from 'vitest';
import { countsForTrigger } from './counts-for-trigger.js';
import { findCountsInSentence } from './find-counts.js';

function measure(text: string, trigger: string, type: 'KILLING' | 'MATCH') {
  const counts = findCountsInSentence({ index: 0, text, start: 0, end: text.length });
  const start = text.indexOf(trigger);
  return countsForTrigger(text, type, start, start + trigger.length, counts).map((c) => c.text);
}

describe('countsForTrigger', () => {
  it('keeps the casualties of a killing', () => {
    expect(measure('More than 400 militants were killed in the fighting.', 'killed', 'KILLING')).toEqual([
      'More than 400 militants were killed',
    ]);
  });

  it('keeps a score for a match and no casualty figure', () => {
    expect(measure('Leeds beat Hull 2-1 on Saturday.', 'beat', 'MATCH')).toEqual(['2-1']);
  });

  it('leaves a number in another clause', () => {
    expect(measure('Leeds beat Hull; the stadium holds 3-1 odds.', 'beat', 'MATCH')).toEqual([]);
  });
});
