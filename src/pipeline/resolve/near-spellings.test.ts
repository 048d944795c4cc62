import { describe, expect, it } from 'vitest';
import { nearSpellings } from './near-spellings.js';

describe('nearSpellings', () => {
  it.each([
    ['swaps two neighbouring letters', 'Palymra', 'Palmyra'],
    ['adds a dropped letter', 'Palmya', 'Palmyra'],
    ['drops a doubled letter', 'Palmyyra', 'Palmyra'],
    ['changes one letter', 'Palmira', 'Palmyra'],
  ])('%s', (_rule, written, meant) => {
    expect(nearSpellings(written)).toContain(meant);
  });

  it.each([
    ['two edits away', 'Plamyar', 'Palmyra'],
    ['another first letter', 'Balmyra', 'Palmyra'],
  ])('offers no spelling %s', (_why, written, other) => {
    expect(nearSpellings(written)).not.toContain(other);
  });

  it('offers nothing for a short name, where one slip makes another name', () => {
    expect(nearSpellings('Homs')).toEqual([]);
    expect(nearSpellings('Hama')).toEqual([]);
  });

  it('never offers the name itself', () => {
    expect(nearSpellings('Aleppo')).not.toContain('Aleppo');
  });
});
