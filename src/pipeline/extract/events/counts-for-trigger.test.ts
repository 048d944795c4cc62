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

  it.each([
    ['a 6-3 6-2 victory and his second title after winning in Lyon', 'winning'],
    ['she lost 6-4 6-3 to Dechy before beating her in Paris', 'beating'],
    ['Leeds won when Hull, beaten 3-0 a week earlier, lost again', 'won'],
  ])('leaves the score of another clause: %s', (text, trigger) => {
    expect(measure(text, trigger, 'MATCH')).toEqual([]);
  });

  it('takes no score from the clause before a coordinated one with its own subject', () => {
    expect(
      measure(
        'Saulnier beat Spadea 6-2 6-4 and Haas overcame Mirnyi 6-7 (2-7) 7-6 (7-3) 6-2.',
        'overcame',
        'MATCH',
      ),
    ).toEqual(['6-7 (2-7) 7-6 (7-3) 6-2']);
  });

  it.each([
    ['Sales rose 2% to $11.1bn from $10.9bn.', ['2%', '$11.1bn']],
    ['The airline made a profit of £75m compared with £125m a year earlier.', ['£75m']],
  ])('leaves the level a change is compared against: %s', (text, kept) => {
    const counts = findCountsInSentence({ index: 0, text, start: 0, end: text.length });
    const trigger = /rose|profit/.exec(text)!;
    const type = trigger[0] === 'rose' ? 'MARKET_MOVE' : 'FINANCIAL_RESULTS';
    expect(
      countsForTrigger(text, type, trigger.index, trigger.index + trigger[0].length, counts)
        .map((c) => c.text)
        .sort(),
    ).toEqual([...kept].sort());
  });

  it('keeps one score per match, the nearest', () => {
    expect(
      measure('Kim defeated Hernych 7-5 6-3, Dancevic downed Morrison 4-6 7-6 6-0.', 'defeated', 'MATCH'),
    ).toEqual(['7-5 6-3']);
  });

  it('keeps the casualties of the blast that caused them', () => {
    expect(measure('Two soldiers were killed when their vehicle hit a mine.', 'mine', 'KILLING')).toEqual([
      'Two soldiers were killed',
    ]);
  });

  it('keeps a number after "as much as" in the same clause', () => {
    expect(measure('Leeds won by as much as 3-0 on Saturday.', 'won', 'MATCH')).toEqual(['3-0']);
  });

  it('leaves a number in another clause', () => {
    expect(measure('Leeds beat Hull; the stadium holds 3-1 odds.', 'beat', 'MATCH')).toEqual([]);
  });
});
