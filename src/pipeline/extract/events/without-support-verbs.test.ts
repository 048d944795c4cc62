import { describe, expect, it } from 'vitest';
import { findTriggers } from './find-triggers.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { withoutSupportVerbs } from './without-support-verbs.js';
import { wordsOf } from './words.js';

function kept(text: string): string[] {
  return withoutSupportVerbs(text, findTriggers(text, wordsOf(text), TRIGGER_LEXICON)).map((h) => h.text);
}

describe('withoutSupportVerbs', () => {
  it('lets the event noun after a light verb stand for the event', () => {
    expect(kept('Westland signed a trade agreement with Eastmark.')).toEqual(['trade agreement']);
  });

  it('lets an event noun before a light verb of its kind stand for the event', () => {
    expect(kept('A summit of ministers was held in the capital.')).toEqual(['summit']);
  });

  it('keeps a light verb whose noun is not one it takes', () => {
    expect(kept('Acme reported a sharp rise.')).toContain('reported');
  });

  it('keeps a light verb with no event noun after it', () => {
    expect(kept('Westland signed with Eastmark.')).toEqual(['signed']);
  });
});
