import { describe, expect, it } from 'vitest';
import { isIrrealis } from './is-irrealis.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { wordsOf } from './words.js';

describe('isIrrealis', () => {
  it.each([
    ['The army will capture the town.', 'capture', true],
    ['The army did not capture the town.', 'capture', true],
    ["The army won't capture the town.", 'capture', true],
    ['If the army captures the town, talks end.', 'captures', true],
    ['The army captured the town.', 'captured', false],
    ['The town, they will say, was captured.', 'captured', false],
    ['The council will allow tenants of the old estate to buy their homes.', 'buy', true],
    ['The council will allow 300,000 tenants to buy their homes.', 'buy', true],
    ['The tenants of the old estate were glad to buy their homes.', 'buy', false],
    ['Buying the firm would give the bank a network.', 'Buying', true],
    ['Buying the firm gave the bank a network.', 'Buying', false],
    ['They may reach an agreement soon.', 'agreement', true],
    ['The film is to be released in 50 countries.', 'released', true],
    ['The film was released in 50 countries.', 'released', false],
    ['The company said it was to buy the software maker.', 'buy', false],
    ['The firm faced the threat of legal action from its rival.', 'legal', true],
    ['The firm faced legal action from its rival.', 'legal', false],
    ["Activists disrupted the party's convention to nominate the president.", 'nominate', true],
    ['They held a meeting to appoint a new chairman.', 'appoint', true],
    ['She became the first to win the title twice.', 'win', false],
    ['The team agreed to appoint a new coach.', 'appoint', false],
    ['Microsoft is close to signing a new agreement.', 'signing', true],
    ['Microsoft came close to the deadline before signing.', 'signing', false],
  ])('%s → %s', (text, trigger, expected) => {
    const words = wordsOf(text);
    expect(
      isIrrealis(
        text,
        words,
        words.findIndex((w) => w.text === trigger || w.lower === trigger),
        TRIGGER_LEXICON,
      ),
    ).toBe(expected);
  });
});
