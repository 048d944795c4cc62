import { describe, expect, it } from 'vitest';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import { describedSubject, standIn } from './described-subject.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';

function subjectOf(text: string, trigger: string) {
  const context = fixtureContext(text, COMMON_ENTITIES);
  const at = text.indexOf(trigger);
  const sentence = context.sentences.find((s) => at >= s.start && at < s.end)!;
  const before = text.slice(sentence.start, at);
  return describedSubject(text, sentence, before, context.mentions, TRIGGER_LEXICON);
}

describe('describedSubject', () => {
  it('reads "the country\'s forces" as the state last named', () => {
    const found = subjectOf("Westland sent aid. The country's forces recaptured Kestrel.", 'recaptured');
    expect(found?.entityId).toBe('act_westland');
    expect(found?.surface).toBe("The country's forces");
  });

  it('reads "the group" as the armed group the article names most', () => {
    const found = subjectOf(
      'The Red Brigade grew. The Red Brigade spread. The group captured Kestrel.',
      'captured',
    );
    expect(found?.entityId).toBe('act_red_brigade');
  });

  it('finds nobody for a plain noun subject', () => {
    expect(subjectOf('Westland sent aid. The weather ruined Kestrel.', 'ruined')).toBeUndefined();
  });
});

describe('standIn', () => {
  it('moves a mention to other words of another sentence', () => {
    const text = 'Westland attacked. They left.';
    const context = fixtureContext(text, COMMON_ENTITIES);
    const moved = standIn(
      context.mentions[0]!,
      context.sentences[1]!,
      text.indexOf('They'),
      text.indexOf('They') + 4,
      text,
    );
    expect([moved.surface, moved.entityId, moved.evidence.sentenceIndex]).toEqual([
      'They',
      'act_westland',
      1,
    ]);
  });
});
