import { describe, expect, it } from 'vitest';
import type { ResolvedMention } from '../context.js';
import type { ClaimCandidate } from './claim-candidate.js';
import type { Speaker } from './claim-scope.js';
import { preferTrackedSpeaker } from './prefer-tracked-speaker.js';

function mention(entityId: string): ResolvedMention {
  return {
    surface: entityId,
    name: entityId,
    kind: 'ACTOR',
    type: 'PERSON',
    titles: [],
    entityId,
    rule: 'exact',
    evidence: {
      articleId: 'art',
      sentenceIndex: 0,
      sentence: '',
      sentenceStart: 0,
      sentenceEnd: 0,
      start: 0,
      end: 1,
      confidence: 1,
      extractor: 'test',
      extractorVersion: '0',
    },
  };
}

function candidate(start: number, end: number, entityId: string, how: Speaker['how']): ClaimCandidate {
  return {
    start,
    end,
    speaker: { mention: mention(entityId), how },
    relays: [],
    direct: false,
    kind: 'STATEMENT',
    creditedByVerb: [],
    confidence: 0.8,
    rule: 'parse-speech',
  };
}

describe('preferTrackedSpeaker', () => {
  it.each([
    // how the parse found its speaker, the rules claim's span, the claimant kept
    ['pronoun', [10, 40], 'ruled'],
    ['noun-phrase', [5, 20], 'ruled'],
    ['named', [10, 40], 'parsed'],
    ['pronoun', [50, 60], 'parsed'],
  ] as const)('a %s speaker over a rules claim at %j keeps the %s speaker', (how, span, kept) => {
    const parsed = candidate(10, 40, 'parsed', how);
    const ruled = candidate(span[0], span[1], 'ruled', 'named');
    const [out] = preferTrackedSpeaker([parsed], [ruled]);
    expect(out?.speaker.mention.entityId).toBe(kept);
    expect([out?.start, out?.end]).toEqual([10, 40]);
  });
});
