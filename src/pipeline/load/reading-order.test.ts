import { describe, expect, it } from 'vitest';
import { eventOutranks, mergeRuleOf, outranks } from './reading-order.js';

describe('outranks', () => {
  it.each([
    [
      'the more confident reading',
      { confidence: 0.8, fields: ['PERSON'] },
      { confidence: 0.7, fields: ['ARMED_GROUP'] },
      true,
    ],
    [
      'not the less confident one',
      { confidence: 0.6, fields: ['ARMED_GROUP'] },
      { confidence: 0.7, fields: ['PERSON'] },
      false,
    ],
    [
      'at a tie, the type that sorts first',
      { confidence: 0.7, fields: ['ORGANISATION', 'X'] },
      { confidence: 0.7, fields: ['PERSON', 'X'] },
      true,
    ],
    [
      'at a tie of type, the name that sorts first',
      { confidence: 0.7, fields: ['PERSON', 'Abe'] },
      { confidence: 0.7, fields: ['PERSON', 'Bob'] },
      true,
    ],
    [
      'never the same reading over itself',
      { confidence: 0.7, fields: ['PERSON', 'Abe'] },
      { confidence: 0.7, fields: ['PERSON', 'Abe'] },
      false,
    ],
    [
      'a reported claim over a quote at a tie',
      { confidence: 0.7, fields: ['STATEMENT', false] },
      { confidence: 0.7, fields: ['STATEMENT', true] },
      true,
    ],
  ])('prefers %s', (_, candidate, current, expected) => {
    expect(outranks(candidate, current)).toBe(expected);
  });

  it.each([
    [0.7, 0.7],
    [0.6, 0.9],
  ])('picks the same reading of two whichever comes first (%f, %f)', (a, b) => {
    const x = { confidence: a, fields: ['PERSON', 'Abe'] };
    const y = { confidence: b, fields: ['ORGANISATION', 'Abe'] };
    const keptFromX = outranks(y, x) ? y : x;
    const keptFromY = outranks(x, y) ? x : y;
    expect(keptFromX).toBe(keptFromY);
  });
});

describe('eventOutranks', () => {
  it.each([
    ['RECAPTURE', 'Recapture of Palmyra', 'CAPTURE', 'Capture of Palmyra', true],
    ['CAPTURE', 'Capture of Palmyra', 'RECAPTURE', 'Recapture of Palmyra', false],
    ['OFFENSIVE', 'Offensive on Palmyra by Russia', 'OFFENSIVE', 'Offensive on Palmyra by Syria', true],
    ['OFFENSIVE', 'Offensive on Palmyra by Syria', 'OFFENSIVE', 'Offensive on Palmyra by Russia', false],
  ])('%s "%s" over %s "%s": %s', (type, label, otherType, otherLabel, expected) => {
    expect(eventOutranks({ type, label }, { type: otherType, label: otherLabel })).toBe(expected);
  });
});

describe('mergeRuleOf', () => {
  it.each([
    ['key', 'side-unknown', 'side-unknown'],
    ['side-unknown', 'key', 'side-unknown'],
    ['allied-side', 'side-unknown', 'side-unknown'],
    ['side-unknown', 'allied-side', 'side-unknown'],
    ['key', 'key', 'key'],
  ])('keeps %s and %s as %s, in either order', (a, b, kept) => {
    expect(mergeRuleOf(a, b)).toBe(kept);
  });
});
