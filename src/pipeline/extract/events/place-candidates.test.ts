import { describe, expect, it } from 'vitest';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { Candidate } from './event-mention.js';
import { findTriggers } from './find-triggers.js';
import { placeCandidates } from './place-candidates.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { wordsOf } from './words.js';

const text = 'The Red Brigade attacked Kestrel. Ten people were killed.';
const context = fixtureContext(text, COMMON_ENTITIES);
const second = context.sentences[1]!;
const kestrel = context.mentions.find((m) => m.entityId === 'plc_kestrel')!;
const hit = findTriggers(text, wordsOf(second.text, second.start), TRIGGER_LEXICON)[0]!;

function place(discourse: Parameters<typeof placeCandidates>[1]['discourse'], withWords = false) {
  const candidate: Candidate = { hit, participants: [], placeless: false };
  return placeCandidates([candidate], {
    ...(withWords ? { words: wordsOf(second.text, second.start) } : {}),
    text,
    sentence: second,
    mentions: [],
    supporters: [],
    dates: [],
    counts: [],
    comparisons: [],
    discourse,
    lexicon: TRIGGER_LEXICON,
  });
}

describe('placeCandidates', () => {
  it('gives a killing with no place of its own the place of the event just before', () => {
    const [mention] = place({ place: { mention: kestrel, sentenceIndex: 0 } });
    expect([mention?.place?.entityId, mention?.placeTie]).toEqual(['plc_kestrel', 'context']);
  });

  it('places the same with the sentence words given', () => {
    const discourse = { place: { mention: kestrel, sentenceIndex: 0 } };
    expect(place(discourse, true)).toEqual(place(discourse));
  });

  it('drops it when no recent event has a place', () => {
    expect(place({})).toEqual([]);
  });

  it('gives a sport result told with its athlete the place of the event just before', () => {
    const sport = 'Ada Vance won the final in Kestrel. Tom Reyes crashed out in the first round.';
    const ctx = fixtureContext(sport, COMMON_ENTITIES);
    const s2 = ctx.sentences[1]!;
    const crash = findTriggers(sport, wordsOf(s2.text, s2.start), TRIGGER_LEXICON).find(
      (h) => h.entry.type === 'MATCH',
    )!;
    const reyes = ctx.mentions.find((m) => m.entityId === 'act_tom_reyes')!;
    const place = ctx.mentions.find((m) => m.entityId === 'plc_kestrel')!;
    const [mention] = placeCandidates(
      [{ hit: crash, participants: [{ mention: reyes, role: 'AGENT', confidence: 0.7 }], placeless: false }],
      {
        text: sport,
        sentence: s2,
        mentions: [reyes],
        supporters: [],
        dates: [],
        counts: [],
        comparisons: [],
        discourse: { place: { mention: place, sentenceIndex: 0 } },
        lexicon: TRIGGER_LEXICON,
      },
    );
    expect(mention?.place?.entityId).toBe('plc_kestrel');
  });
});
