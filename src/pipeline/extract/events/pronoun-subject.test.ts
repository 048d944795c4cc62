import { describe, expect, it } from 'vitest';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import { pronounSubject } from './pronoun-subject.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';

/** The name of the person the pronoun before `verb` in the last sentence of `text` stands for. */
function personFor(text: string, verb: string): string | undefined {
  const ctx = fixtureContext(text, COMMON_ENTITIES);
  const sentence = ctx.sentences.at(-1)!;
  const at = text.lastIndexOf(verb);
  return pronounSubject(text, sentence, at, ctx.mentions, TRIGGER_LEXICON)?.name;
}

describe('pronounSubject', () => {
  it.each([
    ['a person named in the sentence before', 'Ada Vance arrived. She resigned.', 'resigned', 'Ada Vance'],
    ['a person named in the same sentence', 'Ada Vance said she resigned.', 'resigned', 'Ada Vance'],
    [
      'a person named too many sentences back',
      'Ada Vance arrived. It rained. It snowed. It hailed. She resigned.',
      'resigned',
      undefined,
    ],
    ['no person named at all', 'Westland waited. She resigned.', 'resigned', undefined],
    ['a person named only after the pronoun', 'She resigned, Ada Vance said.', 'resigned', undefined],
  ])('%s', (_name, text, verb, expected) => {
    expect(personFor(text, verb)).toBe(expected);
  });
});
