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

function place(discourse: Parameters<typeof placeCandidates>[1]['discourse']) {
  const candidate: Candidate = { hit, participants: [], placeless: false };
  return placeCandidates([candidate], {
    text,
    sentence: second,
    mentions: [],
    supporters: [],
    dates: [],
    counts: [],
    comparisons: [],
    discourse,
  });
}

describe('placeCandidates', () => {
  it('gives a killing with no place of its own the place of the event just before', () => {
    const [mention] = place({ place: { mention: kestrel, sentenceIndex: 0 } });
    expect([mention?.place?.entityId, mention?.placeTie]).toEqual(['plc_kestrel', 'context']);
  });

  it('drops it when no recent event has a place', () => {
    expect(place({})).toEqual([]);
  });
});
