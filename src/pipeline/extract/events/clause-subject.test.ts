import { describe, expect, it } from 'vitest';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import { clauseSubject } from './clause-subject.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';

function subjectOf(text: string): string | undefined {
  const context = fixtureContext(text, COMMON_ENTITIES);
  return clauseSubject(text, context.sentences[0]!, context.mentions, TRIGGER_LEXICON)?.mention.entityId;
}

describe('clauseSubject', () => {
  it.each([
    ['Omar Hale retired after finishing fourth.', 'act_omar_hale'],
    ['In Westland, Omar Hale retired after finishing fourth.', undefined],
    ["Westland's army withdrew after losing the battle.", undefined],
    ['After a long and very difficult season of defeats, Omar Hale retired.', undefined],
  ])('%s → %s', (text, expected) => expect(subjectOf(text)).toBe(expected));
});
