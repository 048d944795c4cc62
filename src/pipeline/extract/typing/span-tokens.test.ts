import { describe, expect, it } from 'vitest';
import { spanFixture } from '../../../../tests/fixtures/span-context.js';
import { isNameLike, isTitleWord, phraseAt, spanText } from './span-tokens.js';

describe('span token helpers', () => {
  const f = spanFixture('Gen. Brenna Tolwick of the Kelvane Ministry met UN staff in 2015.');
  const at = (word: string) => f.view.tokens[f.range(word).from];

  it.each([
    ['a title abbreviation', 'Gen.', true],
    ['a name', 'Brenna', false],
  ])('isTitleWord: %s', (_label, word, expected) => {
    expect(isTitleWord(f.ctx.knowledge, at(word))).toBe(expected);
  });

  it.each([
    ['a capitalised name', 'Tolwick', true],
    ['a head noun', 'Ministry', false],
    ['an acronym', 'UN', false],
    ['a number', '2015', false],
  ])('isNameLike: %s', (_label, word, expected) => {
    expect(isNameLike(f.ctx, at(word)!)).toBe(expected);
  });

  it('phraseAt finds the known phrase at a token and where it ends', () => {
    const { from, to } = f.range('UN');
    expect(phraseAt(f.ctx, f.view.tokens, from, to + 1)).toMatchObject({ to, hit: { kind: 'organisation' } });
    expect(phraseAt(f.ctx, f.view.tokens, f.range('Brenna').from, to)).toBeUndefined();
  });

  it('spanText gives the article text of a token range', () => {
    const { from, to } = f.range('Kelvane Ministry');
    expect(spanText(f.ctx, f.view.tokens, from, to)).toBe('Kelvane Ministry');
  });
});
