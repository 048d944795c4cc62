import { describe, expect, it } from 'vitest';
import type { TriggerHit } from './find-triggers.js';
import { findTriggers } from './find-triggers.js';
import { isNamedEvent } from './named-event.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { wordsOf } from './words.js';

function firstHit(text: string): TriggerHit {
  const hit = findTriggers(text, wordsOf(text), TRIGGER_LEXICON, (e) => e.capitalised === true)[0];
  if (!hit) throw new Error(`no trigger in ${text}`);
  return hit;
}

describe('isNamedEvent', () => {
  it.each([
    ['Hurricane Frances strengthened near the islands.', true],
    ['Typhoon Haiyan hit the coast.', true],
    ['The hurricane strengthened near the islands.', false],
    ['Hurricane damage was widespread.', false],
  ])('%s → %s', (text, named) => {
    expect(isNamedEvent(text, firstHit(text))).toBe(named);
  });
});
