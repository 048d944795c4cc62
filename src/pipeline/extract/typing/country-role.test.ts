import { describe, expect, it } from 'vitest';
import { spanFixture } from '../../../../tests/fixtures/span-context.js';
import { countryRole, ledCoalition } from './country-role.js';

describe('countryRole', () => {
  it.each([
    ['a subject before a verb', 'Russia attacked the town.', 'ACTOR'],
    ['after a place preposition', 'They lived in Russia for years.', 'PLACE'],
    ['after an agent preposition', 'The town was attacked by Russia again.', 'ACTOR'],
    ['coordinated after "and"', 'Talks in Syria and Russia went on.', 'PLACE'],
    ['a possessive before a place noun', "Russia's civil war went on.", 'PLACE'],
    ['a possessive before another noun', "Russia's decision came late.", 'ACTOR'],
  ])('%s', (_label, text, expected) => {
    const f = spanFixture(text);
    const { from, to } = f.range('Russia');
    expect(countryRole(f.ctx, f.view.tokens, from, to)).toBe(expected);
  });
});

describe('ledCoalition', () => {
  it.each([
    ['a "-led coalition"', 'US-led coalition jets struck.', 'US-led', 'US-led coalition'],
    [
      'a "- led alliance" split by the tokenizer',
      'U.S.-led alliance jets struck.',
      'U.S.',
      'U.S.-led alliance',
    ],
    ['not another noun', 'US-led talks went on.', 'US-led', undefined],
  ])('%s', (_label, text, name, expected) => {
    const f = spanFixture(text);
    const { from, to } = f.range(name);
    expect(
      ledCoalition(f.ctx, f.view.tokens, from, to === from + 1 && name.includes('-') ? from + 1 : to)?.name,
    ).toBe(expected);
  });
});
