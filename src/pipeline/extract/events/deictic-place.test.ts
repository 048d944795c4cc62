import { describe, expect, it } from 'vitest';
import { deicticPlaceAfter } from './deictic-place.js';

describe('deicticPlaceAfter', () => {
  it.each([
    ['Troops fought pockets of resistance in this former militant stronghold on Wednesday.', true],
    ['Rebels attacked a convoy outside this northern town.', true],
    ['Police raided homes across that city.', true],
    ['Troops fought pockets of resistance in the stronghold.', false],
    ['Troops fought on. In this city, the market opened.', false],
    ['Troops fought for this cause.', false],
    ['Troops fought hard; in this city nobody slept.', false],
  ])('%s → %s', (text, expected) => {
    const from = text.indexOf(' ', text.search(/fought|attacked|raided/));
    expect(deicticPlaceAfter(text, from, text.length)).toBe(expected);
  });
});
