import { describe, expect, it } from 'vitest';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import { attributionExcluded, findHelpers } from './find-helpers.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { wordsOf } from './words.js';

function setUp(text: string) {
  const context = fixtureContext(text, COMMON_ENTITIES);
  return { sentence: context.sentences[0]!, mentions: context.mentions };
}

describe('findHelpers', () => {
  it('names the actors after "backed by" as supporters, with the span of the phrase', () => {
    const text = 'Backed by Westland airstrikes, the Northland Army recaptured Kestrel.';
    const { sentence, mentions } = setUp(text);
    const helpers = findHelpers(text, sentence, mentions, TRIGGER_LEXICON);
    expect(helpers.supporters.map((m) => m.entityId)).toEqual(['act_westland']);
    expect(text.slice(...helpers.spans[0]!)).toBe('Backed by Westland airstrikes');
  });

  it('names an actor right before a supporter verb', () => {
    const text = 'Westland also helped the Northland Army.';
    const { sentence, mentions } = setUp(text);
    expect(findHelpers(text, sentence, mentions, TRIGGER_LEXICON).supporters.map((m) => m.entityId)).toEqual([
      'act_westland',
    ]);
  });

  it.each([
    ['Westland also helped the Northland Army.', true, ['act_westland']],
    ['Westland helped put the defeat behind it with a win.', false, []],
  ])('%s (about conflict: %s): supporters before a supporter verb %j', (text, aboutConflict, expected) => {
    const { sentence, mentions } = setUp(text);
    const helpers = findHelpers(text, sentence, mentions, TRIGGER_LEXICON, aboutConflict);
    expect(helpers.supporters.map((m) => m.entityId)).toEqual(expected);
  });
});

describe('findHelpers with the sentence words given', () => {
  it.each([
    'Backed by Westland airstrikes, the Northland Army recaptured Kestrel.',
    'Westland also helped the Northland Army.',
  ])('reads what it reads from the sentence: %s', (text) => {
    const { sentence, mentions } = setUp(text);
    expect(
      findHelpers(text, sentence, mentions, TRIGGER_LEXICON, true, wordsOf(sentence.text, sentence.start)),
    ).toEqual(findHelpers(text, sentence, mentions, TRIGGER_LEXICON));
  });
});

describe('attributionExcluded', () => {
  it('excludes the source named after "according to", up to the comma', () => {
    const text = 'According to the Daily Courier, Westland attacked Kestrel.';
    const { sentence, mentions } = setUp(text);
    expect([...attributionExcluded(text, sentence, mentions)].map((m) => m.entityId)).toEqual([
      'act_daily_courier',
    ]);
  });
});
