import { describe, expect, it } from 'vitest';
import { identityFamily, leadingKind, windowMonths } from './identity-families.js';

describe('identity families', () => {
  it.each([
    ['ATTACK', 'OFFENSIVE'],
    ['OFFENSIVE', 'OFFENSIVE'],
    ['AIRSTRIKE', 'AIRSTRIKE'],
    ['CONTROL', 'CONTROL'],
  ])('puts %s in the family %s', (kind, family) => {
    expect(identityFamily(kind)).toBe(family);
  });

  it.each([
    [['ATTACK', 'ATTACK', 'OFFENSIVE'], 'ATTACK'],
    [['ATTACK', 'OFFENSIVE'], 'OFFENSIVE'],
    [['OFFENSIVE', 'ATTACK'], 'OFFENSIVE'],
  ])('names a group of %j %s', (kinds, kind) => {
    expect(leadingKind(kinds)).toBe(kind);
  });

  it('gives campaigns a wider time window than a change of hands', () => {
    expect(windowMonths('OFFENSIVE')).toBeGreaterThan(windowMonths('CONTROL'));
    expect(windowMonths('CONTROL')).toBe(3);
  });
});
