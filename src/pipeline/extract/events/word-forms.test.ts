import { describe, expect, it } from 'vitest';
import { inflectVerb, isParticiple, pluralOf } from './word-forms.js';

describe('word forms', () => {
  it.each([
    ['acquire', ['acquire', 'acquires', 'acquired', 'acquiring']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['launch', ['launch', 'launches', 'launched', 'launching']],
    ['sign', ['sign', 'signs', 'signed', 'signing']],
  ])('inflects %s', (lemma, forms) => {
    expect(inflectVerb(lemma)).toEqual(forms);
  });

  it.each([
    ['job loss', 'job losses'],
    ['inquiry', 'inquiries'],
    ['deal', 'deals'],
  ])('pluralises %s', (phrase, plural) => expect(pluralOf(phrase)).toBe(plural));

  it.each([
    ['captured', true],
    ['taken', true],
    ['won', true],
    ['wins', false],
  ])('%s is a participle: %s', (form, expected) => expect(isParticiple(form)).toBe(expected));
});
