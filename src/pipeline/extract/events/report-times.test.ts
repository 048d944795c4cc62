import { describe, expect, it } from 'vitest';
import type { EventMention } from './event-mention.js';
import type { DateMention } from './normalise-date.js';
import { durationMonths, reportTimes } from './report-times.js';

function mention(text: string, trigger: string, date?: Partial<DateMention>): EventMention {
  const start = text.indexOf(trigger);
  return {
    hit: { start, end: start + trigger.length } as EventMention['hit'],
    sentence: { index: 0, text, start: 0, end: text.length },
    participants: [],
    ...(date ? { date: { text: '', start: 0, end: 0, ...date } } : {}),
    confidence: 0.6,
  };
}

describe('durationMonths', () => {
  it.each([
    ['The arch was destroyed during their ten-month siege of Kestrel which ended in March.', 'siege', 10],
    [
      'During their nearly 10-month occupation of Kestrel, the militants executed 280 people.',
      'executed',
      10,
    ],
    ['Throughout the two-year war, the army shelled Kestrel.', 'shelled', 24],
    ['After 10 months of occupation, the militants withdrew from Kestrel.', 'withdrew', undefined],
    ['The arch was destroyed in October, during the siege.', 'destroyed', undefined],
    ['During their nearly 10-month occupation of Kestrel, they stayed.', 'occupation', 10],
  ])('%j: %s → %s months', (text, trigger, expected) => {
    expect(durationMonths(mention(text, trigger))).toBe(expected);
  });
});

describe('reportTimes', () => {
  it('gives the month of a day date and the year of a year date', () => {
    expect(
      reportTimes(mention('Kestrel fell on 3 May.', 'fell', { date: '2015-05-03', precision: 'DAY' })),
    ).toEqual(['2015-05']);
    expect(
      reportTimes(mention('Kestrel fell in 2015.', 'fell', { date: '2015', precision: 'YEAR' })),
    ).toEqual(['2015']);
  });

  it('spans a stated duration back from the report date', () => {
    const m = mention('During their ten-month siege of Kestrel which ended in March.', 'siege', {
      date: '2016-03',
      precision: 'MONTH',
    });
    expect(reportTimes(m)).toEqual([
      '2016-03',
      '2015-05',
      '2015-06',
      '2015-07',
      '2015-08',
      '2015-09',
      '2015-10',
      '2015-11',
      '2015-12',
      '2016-01',
      '2016-02',
    ]);
  });

  it("spans a stated duration back from the article's month when the report gives no date", () => {
    const m = mention(
      'During their two-month occupation of Kestrel, the militants executed 280 people.',
      'executed',
    );
    expect(reportTimes(m, '2016-04')).toEqual(['2016-02', '2016-03', '2016-04']);
    expect(reportTimes(m)).toEqual([]);
  });
});
