import { describe, expect, it } from 'vitest';
import { MONTH_PATTERN, monthName, monthNumber } from './month-names.js';

describe('month names', () => {
  it.each([
    ['May', 5],
    ['December', 12],
    ['Sept.', 9],
    ['Sep.', 9],
    ['Jan.', 1],
    ['Mayday', 0],
  ])('reads %s as month %i', (name, n) => {
    expect(monthNumber(name)).toBe(n);
  });

  it.each([
    [12, 'December'],
    [1, 'January'],
    [13, undefined],
    [0, undefined],
  ])('names month %i %j', (n, name) => {
    expect(monthName(n)).toBe(name);
  });

  it('matches abbreviations only with their full stop', () => {
    const re = new RegExp(`^(?:${MONTH_PATTERN})$`);
    expect(re.test('Sept.')).toBe(true);
    expect(re.test('Septx')).toBe(false);
  });
});
