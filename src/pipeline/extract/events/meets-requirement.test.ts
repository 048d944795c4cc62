import { describe, expect, it } from 'vitest';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { TriggerHit } from './find-triggers.js';
import { meetsRequirement } from './meets-requirement.js';
import type { RoleFinding } from './role-scope.js';
import type { TriggerEntry, TriggerRequirement } from './trigger-lexicon.js';

const text = 'Westland resigned.';
const westland = fixtureContext(text, COMMON_ENTITIES).mentions[0]!;
const agent: RoleFinding = { mention: westland, role: 'AGENT', confidence: 0.7 };
const target: RoleFinding = { mention: westland, role: 'TARGET', confidence: 0.7 };

function meets(
  requires: TriggerRequirement,
  participants: RoleFinding[],
  sentenceIndex = 3,
  nominal = false,
) {
  const entry = { type: 'RESIGNATION', requires } as unknown as TriggerEntry;
  const hit = { entry, start: 9, end: 17, phraseEnd: 17, nominal } as TriggerHit;
  return meetsRequirement(
    entry,
    participants,
    undefined,
    hit,
    () => [],
    () => [],
    text,
    sentenceIndex,
    new Set(['RESIGNATION']),
  );
}

describe('meetsRequirement', () => {
  it.each([
    ['agent', [agent], true],
    ['agent', [target], false],
    ['target', [target], true],
    ['participant', [target], true],
    ['participant', [], false],
    ['any', [], false],
    ['count', [agent], false],
  ] as const)('%s with %j', (requires, participants, expected) => {
    expect(meets(requires, [...participants])).toBe(expected);
  });

  it('lets a lead-sentence verb of a lead kind count without a named actor', () => {
    expect(meets('participant', [], 0)).toBe(true);
    expect(meets('participant', [], 0, true)).toBe(false);
  });
});
