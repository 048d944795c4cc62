import { describe, expect, it } from 'vitest';
import { day, dayWithoutYear, month, recentMonth, week } from './date-values.js';

describe('date values', () => {
  it.each([
    [2016, 2, 29, '2016-02-29'],
    [2015, 2, 29, undefined],
    [2016, 3, 0, undefined],
  ])('day %i-%i-%i is %j', (y, m, d, expected) => {
    expect(day(y, m, d)?.date).toBe(expected);
  });

  it('writes a month with two digits', () => {
    expect(month(2015, 5)).toEqual({ date: '2015-05', precision: 'MONTH' });
  });

  it.each([
    [5, false, '2016-05'],
    [5, true, '2015-05'],
    [12, false, '2015-12'],
  ])('the most recent month %i before May 2016 (strict %s) is %s', (m, strict, expected) => {
    expect(recentMonth({ year: 2016, month: 5, day: 10 }, m, strict)?.date).toBe(expected);
  });

  it('puts a yearless day after the anchor in the year before', () => {
    expect(dayWithoutYear({ year: 2016, month: 3, day: 28 }, 3, 27)?.date).toBe('2016-03-27');
    expect(dayWithoutYear({ year: 2016, month: 3, day: 28 }, 12, 1)?.date).toBe('2015-12-01');
  });

  it('reads last week as its month, or its year when it spans two months', () => {
    expect(week({ year: 2016, month: 3, day: 16 }, -1)).toEqual({ date: '2016-03', precision: 'MONTH' });
    expect(week({ year: 2016, month: 3, day: 10 }, -1)).toEqual({ date: '2016', precision: 'YEAR' });
  });
});
