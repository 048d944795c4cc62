import { describe, expect, it } from 'vitest';
import { nameKey, textOverlapScore, textTokens } from './normalise-name.js';

describe('nameKey', () => {
  it.each([
    ['ignores case', 'SYRIAN ARMY', 'Syrian army'],
    ['drops a leading "the"', 'The Islamic State', 'Islamic State'],
    ['drops a possessive with a curly apostrophe', 'Russia’s', 'Russia'],
    ['drops a possessive with a straight apostrophe', "ISIL's", 'ISIL'],
    ['drops dots in acronyms', 'U.S.', 'US'],
    ['folds diacritics', 'Ma’mūn Abdulkarīm', 'Ma’mun Abdulkarim'],
    ['ignores hyphens and spacing', 'Deir ez-Zor', 'Deir Ezzor'],
    ['ignores hyphens in a particle', 'Bashar al-Assad', 'Bashar al Assad'],
  ])('%s: "%s" ~ "%s"', (_rule, a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
    expect(nameKey(a)).not.toBe('');
  });

  it.each([
    ['a demonym is not the country', 'Syrian', 'Syria'],
    ['an army is not its state', 'Syrian Army', 'Syria'],
    ['a ministry is not its state', 'Russian Defense Ministry', 'Russia'],
    ['different acronyms stay apart', 'ISIS', 'ISIL'],
    ['"The" inside a name is kept', 'Temple of the Sun', 'Temple of Sun'],
  ])('keeps substance: %s ("%s" vs "%s")', (_rule, a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it('keeps "the" when it is the whole name', () => {
    expect(nameKey('The')).toBe('the');
  });
});

describe('textOverlapScore', () => {
  const gold = 'Russia played a key role in the liberation of Palmyra';

  it.each([
    ['the same text', gold, true],
    [
      'the text inside its sentence',
      `According to the Russian Defense Ministry, ${gold}, with warplanes.`,
      true,
    ],
    [
      'the text with curly quotes and case changes',
      '“RUSSIA played a key role in the liberation of Palmyra”',
      true,
    ],
    ['more than half of the text', 'Russia played a key role in the liberation', true],
    ['less than half of the text', 'Russia played a role', false],
    ['an unrelated text', 'The Syrian army has repeatedly said it will focus on Raqqa', false],
    [
      'a whole paragraph around the text',
      `${gold}. ${'Many other words that dilute the prediction until little of it is the claim at all. '.repeat(3)}`,
      false,
    ],
    ['an empty prediction', '', false],
  ])('%s → overlaps: %s', (_case, predicted, overlaps) => {
    expect(textOverlapScore(gold, predicted) > 0).toBe(overlaps);
  });

  it('scores a closer text higher', () => {
    expect(textOverlapScore(gold, gold)).toBeGreaterThan(
      textOverlapScore(gold, `Reports say ${gold} in March`),
    );
  });

  it('tokenises without punctuation or possessives', () => {
    expect(textTokens('Russia’s “support”, U.S. jets')).toEqual(['russia', 'support', 'us', 'jets']);
  });
});
