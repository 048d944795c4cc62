import { describe, expect, it } from 'vitest';
import { answerNote, type EventAnswerSummary, type EventMatchRow } from './answer-note.js';

const match = (label: string, widened = false): EventMatchRow => ({
  event: { id: label, label },
  score: 4,
  terms: [],
  widened,
  claims: 1,
});

const none: EventAnswerSummary = { terms: [], matched: [], missingWords: [], suggestions: [], total: 0 };

describe('answerNote', () => {
  it.each<[string, EventAnswerSummary, readonly string[], string]>([
    [
      'the events matched and the count',
      { ...none, matched: [match('Recapture of Ramadi')], total: 1 },
      ['CREDIT'],
      'Matched “Recapture of Ramadi”. 1 credit claim.',
    ],
    [
      'a word no event holds, with the closest events',
      { ...none, missingWords: ['mosul'], suggestions: [match('Recapture of Ramadi')] },
      ['CREDIT'],
      'No event matches the question: no event holds “mosul”. Closest events: “Recapture of Ramadi”.',
    ],
    [
      'named places no event combines',
      {
        ...none,
        terms: [
          { term: 'ankara', names: ['Ankara'] },
          { term: 'palmyra', names: ['Palmyra'] },
        ],
      },
      ['CREDIT'],
      'No event matches the question: no event involves Ankara and Palmyra as the question asks.',
    ],
    [
      'a match without claims of the kind',
      { ...none, matched: [match('Attack on Ankara')] },
      ['RESPONSIBILITY', 'DENIAL'],
      'Matched “Attack on Ankara”. No responsibility or denial claims about it.',
    ],
    [
      'a widened question',
      { ...none, matched: [match('Offensive on Palmyra'), match('Recapture of Palmyra', true)], total: 6 },
      ['CREDIT'],
      'Matched “Offensive on Palmyra”; nobody made credit claims about them, so the question was widened to the same campaign at the same place: “Recapture of Palmyra”. 6 credit claims.',
    ],
  ])('says %s', (_name, summary, kinds, note) => {
    expect(answerNote(summary, kinds)).toBe(note);
  });
});
