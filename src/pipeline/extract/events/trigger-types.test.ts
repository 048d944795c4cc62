import { describe, expect, it } from 'vitest';
import { familyOf } from './trigger-types.js';

describe('familyOf', () => {
  it.each([
    ['CAPTURE', 'CONTROL'],
    ['RECAPTURE', 'CONTROL'],
    ['AIRSTRIKE', 'AIRSTRIKE'],
  ] as const)('puts %s in family %s', (type, family) => expect(familyOf(type)).toBe(family));
});
