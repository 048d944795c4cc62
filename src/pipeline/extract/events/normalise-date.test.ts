import { describe, expect, it } from 'vitest';
import type { DatePrecision } from '../../../domain.js';
import { anchorOf, datelineAnchor, findDates } from './normalise-date.js';

function readOne(sentence: string, publishedAt?: string, precision?: DatePrecision) {
  const found = findDates(sentence, 0, anchorOf(publishedAt, precision));
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('findDates', () => {
  it.each([
    // sentence, publishedAt, dateText, date, precision
    ['The town fell on March 27 after a siege.', '2016-04-03', 'on March 27', '2016-03-27', 'DAY'],
    ['The town fell on March 27, 2015 after a siege.', undefined, 'on March 27, 2015', '2015-03-27', 'DAY'],
    [
      'The temple was razed on 23 August 2015 by militants.',
      undefined,
      'on 23 August 2015',
      '2015-08-23',
      'DAY',
    ],
    [
      'Posted on Sunday 3rd April 2016 by the desk.',
      undefined,
      'on Sunday 3rd April 2016',
      '2016-04-03',
      'DAY',
    ],
    ['Troops entered the city on Friday.', '2016-03-28', 'on Friday', '2016-03-25', 'DAY'],
    ['Troops entered the city on Monday.', '2016-03-28', 'on Monday', '2016-03-28', 'DAY'],
    ['Troops entered the city last Monday.', '2016-03-28', 'last Monday', '2016-03-21', 'DAY'],
    ['The rebels lost the town last May.', '2016-04-03', 'last May', '2015-05', 'MONTH'],
    ['The rebels lost the town late last May.', '2016-04-03', 'late last May', '2015-05', 'MONTH'],
    ['The rebels lost the town last May.', '2016-07-01', 'last May', '2016-05', 'MONTH'],
    ['Militants took the town back in December.', '2016-03-27', 'back in December', '2015-12', 'MONTH'],
    ['Militants took the town in March.', '2016-03-27', 'in March', '2016-03', 'MONTH'],
    [
      'It was captured in May of last year during an offensive.',
      '2016-03-27',
      'in May of last year',
      '2015-05',
      'MONTH',
    ],
    [
      'In late October of last year, jets struck.',
      '2016-03-27',
      'In late October of last year',
      '2015-10',
      'MONTH',
    ],
    ['The caliphate was declared in June 2014.', undefined, 'in June 2014', '2014-06', 'MONTH'],
    ['The group grew strong in 2014.', undefined, 'in 2014', '2014', 'YEAR'],
    ['The liberation of the city today is an achievement.', '2016-03-27', 'today', '2016-03-27', 'DAY'],
    ['The bridge was blown up yesterday.', '2016-03-01', 'yesterday', '2016-02-29', 'DAY'],
    ['Several commanders were killed this week.', '2016-03-25', 'this week', '2016-03', 'MONTH'],
    ['Several commanders were killed this week.', '2016-03-01', 'this week', '2016', 'YEAR'],
    ['Documents leaked last year showed it.', '2016-03-25', 'last year', '2015', 'YEAR'],
    ['The talks ended two days ago.', '2016-03-25', 'two days ago', '2016-03-23', 'DAY'],
    ['Jets have struck since March 15th.', '2016-03-28', 'since March 15th', '2016-03-15', 'DAY'],
    ['Jets have struck since December 15th.', '2016-03-28', 'since December 15th', '2015-12-15', 'DAY'],
  ] as const)('reads %j (published %s) as %s → %s', (sentence, publishedAt, dateText, date, precision) => {
    const found = readOne(sentence, publishedAt);
    expect(found.text).toBe(dateText);
    expect(found.date).toBe(date);
    expect(found.precision).toBe(precision);
    expect(sentence.slice(found.start, found.end)).toBe(dateText);
  });

  it.each([
    ['The town fell on March 27 after a siege.', 'on March 27'],
    ['Troops entered the city on Friday.', 'on Friday'],
    ['The rebels lost the town last May.', 'last May'],
    ['Militants took the town back in December.', 'back in December'],
    ['The liberation of the city today is an achievement.', 'today'],
    ['Several commanders were killed this week.', 'this week'],
  ])('keeps %j undated without a publication date, with its text', (sentence, dateText) => {
    const found = readOne(sentence);
    expect(found.text).toBe(dateText);
    expect(found.date).toBeUndefined();
    expect(found.precision).toBeUndefined();
  });

  it('needs a day-precise publication date for weekdays but only the month for "last May"', () => {
    expect(readOne('Troops entered the city on Friday.', '2016-03', 'MONTH').date).toBeUndefined();
    expect(readOne('The rebels lost the town last May.', '2016-04', 'MONTH').date).toBe('2015-05');
  });

  it('does not read the modal verb "may" or a bare capitalised May as a month', () => {
    expect(findDates('The capture may be one of the largest losses.', 0, anchorOf('2016-03-27'))).toEqual([]);
  });

  it.each([
    ['The group took towns in 2014 and 2015.', 'in 2014 and 2015'],
    ['The group held the town between 2014 and 2016.', 'between 2014 and 2016'],
    ['The war went on from 1980-1988.', 'from 1980-1988'],
  ])('keeps a span of two years in %j undated, with its text', (sentence, dateText) => {
    const found = readOne(sentence, '2016-04-03');
    expect(found.text).toBe(dateText);
    expect(found.date).toBeUndefined();
  });

  it('returns article offsets', () => {
    const [found] = findDates('It fell in 2014.', 100, undefined);
    expect(found).toMatchObject({ start: 108, end: 115, date: '2014', precision: 'YEAR' });
  });
});

describe('dates with a basis', () => {
  it.each([
    ['LONDON, March 28 (Reuters) - Shares fell.', 2005, { year: 2005, month: 3, day: 28, basis: 'dateline' }],
    [
      'WASHINGTON, Nov. 2, 2004 (AP) - Voters went.',
      undefined,
      { year: 2004, month: 11, day: 2, basis: 'dateline' },
    ],
    ['Shares fell in London on Monday.', 2005, undefined],
  ])('reads the dateline of %j', (text, year, expected) => {
    expect(datelineAnchor(text, year)).toEqual(expected);
  });

  it('keeps the month of a yearless month as a month-of-year fact', () => {
    const [found] = findDates('ISIS took the city back in December.', 0, undefined);
    expect(found).toMatchObject({ text: 'back in December', monthOfYear: 12 });
    expect(found?.date).toBeUndefined();
  });

  it('marks a date written in full as absolute and a relative one by its anchor', () => {
    const anchor = { year: 2016, month: 4, day: 3, basis: 'publication' as const };
    const found = findDates('It fell in March 2016 and again last May.', 0, anchor);
    expect(found.map((d) => [d.date, d.basis])).toEqual([
      ['2016-03', 'absolute'],
      ['2015-05', 'publication'],
    ]);
  });
});
