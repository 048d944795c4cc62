import { describe, expect, it } from 'vitest';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import { namesHome } from './home-place.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';

function home(text: string): boolean {
  const context = fixtureContext(text, COMMON_ENTITIES);
  const place = context.mentions.find((m) => m.entityId === 'plc_kestrel')!;
  const scope = { text, mentions: context.mentions, excluded: new Set<never>(), lexicon: TRIGGER_LEXICON };
  return namesHome(scope, place);
}

describe('namesHome', () => {
  it.each([
    ['The Kestrel news agency Daily Courier held talks with Westland.', true],
    ['Westland held talks in Kestrel with the Daily Courier.', false],
    ['Talks were held in Kestrel on Monday.', false],
  ])('reads the place in %j as an actor’s home: %s', (text, expected) => {
    expect(home(text)).toBe(expected);
  });
});
