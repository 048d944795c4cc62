import { describe, expect, it } from 'vitest';
import { spanFixture } from '../../../../tests/fixtures/span-context.js';
import { afterLocative, isSizeableTown, placeNounAfter, placeNounBefore, spanPlace } from './place-cues.js';

describe('place cues', () => {
  it.each([
    ['a town of a million anywhere', 'Varnholt', [], true],
    ['a town of 40,000 is not sizeable', 'Kessrin', [], false],
    ['a town of 150,000 in a country the article names', 'Ostmere', ['GB'], true],
    ['a town of 150,000 elsewhere', 'Ostmere', [], false],
  ])('isSizeableTown: %s', (_label, town, countries, expected) => {
    const f = spanFixture(`They went to ${town}.`, countries);
    expect(isSizeableTown(f.ctx, f.ctx.gazetteer.lookup(town)!)).toBe(expected);
  });

  it.each([
    ['a place preposition', 'They lived in Kessrin.', true],
    ['a place preposition and an article', 'They lived near the Kessrin.', true],
    ['no preposition', 'They liked Kessrin.', false],
  ])('afterLocative: %s', (_label, text, expected) => {
    const f = spanFixture(text);
    expect(afterLocative(f.ctx, f.view.tokens, f.range('Kessrin').from)).toBe(expected);
  });

  it.each([
    ['province of', 'They fled the province of Tarmez.', 'REGION'],
    ['city of', 'They fled the city of Tarmez.', 'CITY'],
    ['no cue', 'They fled Tarmez.', undefined],
  ])('placeNounBefore: %s', (_label, text, expected) => {
    const f = spanFixture(text);
    expect(placeNounBefore(f.ctx, f.view.tokens, f.range('Tarmez').from)).toBe(expected);
  });

  it.each([
    ['province', 'They fled Tarmez province.', 'REGION'],
    ['village', 'They fled Tarmez village.', 'CITY'],
    ['temple', 'They saw Tarmez temple.', 'SITE'],
    ['another noun', 'They saw Tarmez people.', undefined],
  ])('placeNounAfter: %s', (_label, text, expected) => {
    const f = spanFixture(text);
    expect(placeNounAfter(f.ctx, f.view.tokens, f.range('Tarmez').to)).toBe(expected);
  });

  it('spanPlace looks a name up but never an acronym', () => {
    const f = spanFixture('Kessrin and KRV met.');
    const at = (name: string) => spanPlace(f.ctx, f.view.tokens, f.range(name).from, f.range(name).to);
    expect(at('Kessrin')?.name).toBe('Kessrin');
    expect(at('KRV')).toBeUndefined();
  });
});
