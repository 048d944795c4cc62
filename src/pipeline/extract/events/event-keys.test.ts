import { describe, expect, it } from 'vitest';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import { keyString } from './event-identity.js';
import { keyOf, typeOf } from './event-keys.js';
import { conflictWords } from './conflict-words.js';
import { findEventMentions } from './find-event-mentions.js';
import type { EventMention } from './find-event-mentions.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';

const ENTITIES = [
  ...COMMON_ENTITIES,
  {
    id: 'plc_southland',
    name: 'Southland',
    kind: 'PLACE' as const,
    type: 'COUNTRY' as const,
    surfaces: ['Southland'],
  },
];

function keysOf(text: string): string[] {
  const ctx = fixtureContext(text, ENTITIES);
  const about = conflictWords(text, TRIGGER_LEXICON).size >= 3;
  const mentions: EventMention[] = ctx.sentences.flatMap((s) =>
    findEventMentions(text, s, ctx.mentions, TRIGGER_LEXICON, undefined, about, {}),
  );
  return mentions.map((m) => keyString(keyOf(m, mentions, { ...ctx, articleId: 'art_1' })));
}

describe('event keys', () => {
  it('gives a capture and a recapture by one side at one place the same key (one family)', () => {
    const [a] = keysOf('The Northland Army captured Kestrel.');
    const [b] = keysOf('Northland recaptured Kestrel.');
    expect(a).toBe(b);
  });

  it('keeps captures of one place by different sides apart', () => {
    const [a] = keysOf('The Northland Army captured Kestrel.');
    const [b] = keysOf('The Red Brigade captured Kestrel.');
    expect(a).not.toBe(b);
  });

  it('keys the killing of a named person by the person, whoever is said to have done it', () => {
    const [a] = keysOf('The Red Brigade killed Omar Hale in Kestrel.');
    const [b] = keysOf('Northland killed Omar Hale.');
    expect(a).toBe(b);
  });

  it('scopes a killing in a country with no side and no sufferer named to its article', () => {
    const [country] = keysOf('Dozens of people were killed in Southland on Monday.');
    const [city] = keysOf('Dozens of people were killed in Kestrel on Monday.');
    expect(country).toMatch(/\|art_1$/);
    expect(city).not.toMatch(/\|art_1$/);
  });

  it('does not scope a strike in a country by a named side', () => {
    const [key] = keysOf('The Northland Army bombed Southland on Monday.');
    expect(key).not.toMatch(/\|art_1$/);
  });

  it('calls a group RECAPTURE when at least half of its reports say so', () => {
    const text = 'The Northland Army captured Kestrel. The Northland Army recaptured Kestrel.';
    const c = fixtureContext(text, COMMON_ENTITIES);
    const ms = c.sentences.flatMap((s) =>
      findEventMentions(text, s, c.mentions, TRIGGER_LEXICON, undefined, true, {}),
    );
    expect(typeOf(ms)).toBe('RECAPTURE');
    expect(typeOf(ms.slice(0, 1))).toBe('CAPTURE');
  });
});
