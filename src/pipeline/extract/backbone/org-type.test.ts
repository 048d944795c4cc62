import { describe, expect, it } from 'vitest';
import type { ParsedSentence } from '../../../nlp/index.js';
import { loadBackboneKnowledge } from './backbone-knowledge.js';
import { articleGenre, organisationType } from './org-type.js';

const knowledge = loadBackboneKnowledge();
/** A sentence with only the organisation's tokens and no parse around them. */
const bare: ParsedSentence = { sentenceIndex: 0, tokens: [], dependencies: [], entities: [] };

describe('organisationType by the article genre', () => {
  it.each([
    [
      'a war report repeating "victory"',
      'Victory was declared in the valley. The army spoke of victory; the rebels denied any victory, and victory posters went up.',
      'ORGANISATION',
    ],
    [
      'a match report with several sports words',
      'The striker scored twice, the keeper saved a penalty and the squad moved up the league after the win.',
      'SPORTS_TEAM',
    ],
  ])('an organisation with no cue in %s is %s', (_label, text, expected) => {
    const entity = { text: 'Harbour Lights', tokenStart: 0, tokenEnd: 2 };
    expect(organisationType(entity, bare, articleGenre(text, knowledge), knowledge)).toBe(expected);
  });
});
