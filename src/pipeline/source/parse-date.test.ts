import { describe, expect, it } from 'vitest';
import { findDate, parseDateValue } from './parse-date.js';

describe('findDate', () => {
  it.each([
    ['Posted 10:48am Sunday 3rd April 2016 by Hugh Baird.', '2016-04-03', 'DAY'],
    ['April 3, 2016', '2016-04-03', 'DAY'],
    ['Published: Apr. 3 2016', '2016-04-03', 'DAY'],
    ['3 April 2016', '2016-04-03', 'DAY'],
    ['the 21st of March, 2015', '2015-03-21', 'DAY'],
    ['2016-04-03', '2016-04-03', 'DAY'],
    ['2016-04-03T10:48:00Z', '2016-04-03', 'DAY'],
    ['Updated Sept 2004', '2004-09', 'MONTH'],
    ['March 2016', '2016-03', 'MONTH'],
    ['2016-04', '2016-04', 'MONTH'],
    ['This article first appeared in Issue 5, 2016.', '2016', 'YEAR'],
    ['© 2019 Some Outlet', '2019', 'YEAR'],
  ] as const)('reads %j as %s (%s)', (text, date, precision) => {
    expect(findDate(text)).toMatchObject({ date, precision });
  });

  it.each([
    ['no date here', undefined],
    ['31 February 2016 is not a day', '2016-02'],
    ['the 2015-16 season', '2015'],
    ['room 12345', undefined],
  ])('does not invent a date from %j', (text, year) => {
    expect(findDate(text)?.date).toBe(year);
  });

  it('prefers the most precise date in a line', () => {
    expect(findDate('Issue 5, 2016. Posted Sunday 3rd April 2016')).toMatchObject({
      date: '2016-04-03',
      precision: 'DAY',
    });
  });

  it('can ignore bare years', () => {
    expect(findDate('Issue 5, 2016', 'MONTH')).toBeUndefined();
  });

  it('reports the words and where they start', () => {
    expect(findDate('Posted on April 3, 2016 by X')).toMatchObject({ text: 'April 3, 2016', index: 10 });
  });
});

describe('parseDateValue', () => {
  it.each([
    ['2016', '2016', 'YEAR'],
    [' 2016-04-03 ', '2016-04-03', 'DAY'],
    ['Sun, 03 Apr 2016 10:48:00 GMT', '2016-04-03', 'DAY'],
  ] as const)('reads the field value %j', (value, date, precision) => {
    expect(parseDateValue(value)).toMatchObject({ date, precision });
  });

  it.each(['', 'yesterday', 'n/a'])('gives nothing for %j', (value) => {
    expect(parseDateValue(value)).toBeUndefined();
  });
});
