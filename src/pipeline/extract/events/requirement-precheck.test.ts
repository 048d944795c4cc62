import { describe, expect, it } from 'vitest';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import { findEventMentions } from './find-event-mentions.js';
import { findTriggers } from './find-triggers.js';
import { cannotMeetRequirement } from './requirement-precheck.js';
import { mentionsInSentence } from './sentence-mentions.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { wordsOf } from './words.js';

/** The pre-check's answer for the trigger `trigger` of the one-sentence `text`, and the full reading's. */
function read(text: string, trigger: string) {
  const ctx = fixtureContext(text, COMMON_ENTITIES);
  const sentence = ctx.sentences[0]!;
  const words = wordsOf(sentence.text, sentence.start);
  const hit = findTriggers(text, words, TRIGGER_LEXICON, (e) => e.words.join(' ') === trigger).find(
    (h) => h.text.toLowerCase() === trigger,
  );
  if (hit === undefined) throw new Error(`no trigger ${trigger} in ${text}`);
  const mentions = mentionsInSentence(ctx.mentions, sentence);
  const scope = {
    text,
    words,
    sentence,
    mentions,
    allMentions: ctx.mentions,
    candidates: [],
    counts: () => [],
  };
  const kept = findEventMentions(text, sentence, ctx.mentions, TRIGGER_LEXICON, undefined, false).some(
    (m) => m.hit.start === hit.start,
  );
  return { rejected: cannotMeetRequirement(scope, hit), kept };
}

describe('cannotMeetRequirement', () => {
  it.each([
    [
      'a noun that needs a participant with no actor named',
      'The takeover was completed last year.',
      'takeover',
      true,
    ],
    ['an actor named in the sentence', 'The Northland Army takeover was completed.', 'takeover', false],
    [
      'an actor noun after a party preposition',
      'The takeover of the company was completed.',
      'takeover',
      false,
    ],
    ['a verb, whose subject may be told by other rules', 'Officials said they resigned.', 'resigned', false],
  ])('%s', (_name, text, trigger, expected) => {
    expect(read(text, trigger).rejected).toBe(expected);
  });

  it.each([
    'The takeover was completed last year.',
    'A probe was opened on Monday.',
    'The Northland Army takeover was completed.',
    'The takeover of the company was completed.',
  ])('never rejects what the full reading keeps: %s', (text) => {
    const trigger = /takeover/.test(text) ? 'takeover' : 'probe';
    const { rejected, kept } = read(text, trigger);
    expect(rejected && kept).toBe(false);
  });
});
