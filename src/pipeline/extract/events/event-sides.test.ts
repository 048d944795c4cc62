import { describe, expect, it } from 'vitest';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import { actingSide, agentSide, inferSide, mostFrequent } from './event-sides.js';
import { conflictWords } from './conflict-words.js';
import { findEventMentions } from './find-event-mentions.js';
import type { EventMention } from './find-event-mentions.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';

function mentionsOf(text: string) {
  const ctx = fixtureContext(text, COMMON_ENTITIES);
  const about = conflictWords(text, TRIGGER_LEXICON).size >= 3;
  const mentions: EventMention[] = ctx.sentences.flatMap((s) =>
    findEventMentions(text, s, ctx.mentions, TRIGGER_LEXICON, undefined, about, {}),
  );
  return { ctx, mentions };
}

describe('event sides', () => {
  it('takes the outermost partOf of an agent as its side', () => {
    const { ctx } = mentionsOf('The Northland Army captured Kestrel.');
    expect(agentSide('act_northland_army', ctx.actors)).toBe('act_northland');
  });

  it('reads the acting side of a mention from its agent', () => {
    const { ctx, mentions } = mentionsOf('The Northland Army captured Kestrel from the Red Brigade.');
    expect(actingSide(mentions[0]!, ctx)).toBe('act_northland');
  });

  it('gives an agentless recapture the side of another recapture of the place in the article', () => {
    const text =
      'The Northland Army recaptured Kestrel from the Red Brigade. The recapture of Kestrel was hailed in the capital.';
    const { ctx, mentions } = mentionsOf(text);
    const bare = mentions.find((m) => actingSide(m, ctx) === undefined);
    expect(bare).toBeDefined();
    expect(inferSide(bare!, mentions, ctx)).toBe('act_northland');
  });

  it('takes a named person of no organisation for no side of an armed event', () => {
    const text = 'The Northland Army recaptured Kestrel from the Red Brigade. Omar Hale recaptured Kestrel.';
    const { ctx, mentions } = mentionsOf(text);
    const soldier = mentions.find((m) => m.participants.some((p) => p.mention.entityId === 'act_omar_hale'));
    expect(soldier).toBeDefined();
    expect(actingSide(soldier!, ctx)).toBeUndefined();
    expect(inferSide(soldier!, mentions, ctx)).toBe('act_northland');
  });

  it.each([
    [['a', 'b', 'a'], 'a'],
    [['b', 'a'], 'b'],
    [[], undefined],
  ])('picks the most frequent of %j', (values, expected) => {
    expect(mostFrequent(values)).toBe(expected);
  });
});
