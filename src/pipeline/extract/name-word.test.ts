import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/index.js';
import { forAttaches, nameWord } from './name-word.js';
import { viewSentence } from './sentence-view.js';

function tokensOf(sentence: string) {
  const knowledge = loadKnowledge();
  return {
    knowledge,
    tokens: viewSentence({ index: 0, text: sentence, start: 0, end: sentence.length }, knowledge).tokens,
  };
}

describe('nameWord', () => {
  it.each([
    ['a weekday after a name', 'Troops entered Kelvane Monday at dawn.', 'Monday', 'Kelvane', false],
    ['a weekday after a given name', 'Coach Mike Friday said so.', 'Friday', 'Mike', true],
    ['a capitalised word after a name', 'Troops entered Kelvane City at dawn.', 'City', 'Kelvane', true],
    ['"I" fused with an auxiliary', 'Honestly I’m glad.', 'I’m', 'I’m', false],
  ])('reads %s', (_label, sentence, word, first, expected) => {
    const { knowledge, tokens } = tokensOf(sentence);
    const at = tokens.findIndex((t) => t.text === word);
    const from = tokens.findIndex((t) => t.text === first);
    expect(nameWord(tokens, at, from, knowledge)).toBe(expected);
  });
});

describe('forAttaches', () => {
  it.each([
    ['after a body head noun', 'the Office for Kelvane Statistics', 'Office', true],
    ['after a title', 'the Secretary of State for Health', 'Secretary', true],
    ['after a person', 'it went to Ada Kelvane for The Morvex Story', 'Ada', false],
  ])('"for" %s', (_label, sentence, first, expected) => {
    const { knowledge, tokens } = tokensOf(sentence);
    const from = tokens.findIndex((t) => t.text === first);
    const at = tokens.findIndex((t) => t.text === 'for');
    expect(forAttaches(tokens, from, at, knowledge)).toBe(expected);
  });
});
