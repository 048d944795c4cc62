import { describe, expect, it } from 'vitest';
import { spanFixture, summary } from '../../../../tests/fixtures/span-context.js';
import { analyseKnown } from './analyse-known.js';
import { phraseAt } from './span-tokens.js';

describe('analyseKnown', () => {
  it.each([
    ['a known organisation', 'Troops of the UN arrived.', 'UN', ['UN=ORGANISATION/known-organisation']],
    [
      'a nationality and its army',
      'The Syrian army advanced.',
      'Syrian army',
      ['Syrian Army=MILITARY/nationality-body'],
    ],
    [
      '"the <plural demonym>" acting for the state',
      'The Russians struck again.',
      'Russians',
      ['Russia=STATE/demonym-state'],
    ],
    ['people named by a demonym', 'Five Iraqis were hurt.', 'Iraqis', []],
    ['a country acting', 'Russia attacked the town.', 'Russia', ['Russia=STATE/country-actor']],
    ['a country as a place', 'They lived in Russia for years.', 'Russia', ['Russia=COUNTRY/country-place']],
    [
      'a country before a state noun',
      'Russia forces advanced.',
      'Russia forces',
      ['Russia=STATE/country-modifier'],
    ],
  ])('types %s', (_label, text, name, expected) => {
    const f = spanFixture(text);
    const { from, to } = f.range(name);
    const known = phraseAt(f.ctx, f.view.tokens, from, to)!;
    expect(summary({ ...analyseKnown(f.ctx, f.view, from, known.to, to, known.hit), pending: [] })).toEqual(
      expected,
    );
  });
});
