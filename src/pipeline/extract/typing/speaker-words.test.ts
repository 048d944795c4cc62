import { describe, expect, it } from 'vitest';
import type { DraftMention } from './span-types.js';
import { resolveSpeakerWords, speakerWordType } from './speaker-words.js';

function draft(name: string, kind: DraftMention['kind'], type: DraftMention['type']): DraftMention {
  return { start: 0, end: name.length, name, kind, type, titles: [], confidence: 0.8, cue: 'test' };
}

const drafts = [
  draft('Cairn Energy', 'ACTOR', 'COMPANY'),
  draft('Newcastle Evening Chronicle', 'ACTOR', 'MEDIA'),
  draft('Martin Johnson', 'ACTOR', 'PERSON'),
  draft('Leicester', 'PLACE', 'CITY'),
  draft('Fox', 'ACTOR', 'MEDIA'),
];
const ctx = {
  byName: new Map(drafts.map((d) => [d.name, d])),
  surnames: new Map([['Johnson', drafts[2]!]]),
  drafts,
  isTown: (word: string) => word === 'Newcastle' || word === 'Leicester',
};

describe('speakerWordType', () => {
  it.each([
    // the word before or after a speech verb, the type and cue it gets ('-' for none)
    ['Fox', 'MEDIA/same-name'],
    ['Johnson', 'PERSON/surname'],
    ['Cairn', 'COMPANY/name-head'],
    ['Newcastle', 'PERSON/speech-verb'],
    ['Leicester', 'PERSON/speech-verb'],
    ['NTL', 'ORGANISATION/acronym'],
    ['Quorvel', 'PERSON/speech-verb'],
    ['Analysts', '-'],
    ['Police', '-'],
    ['Officials', '-'],
  ])('types %s as %s', (word, expected) => {
    const typed = speakerWordType(word, ctx);
    expect(typed ? `${typed.type}/${typed.cue}` : '-').toBe(expected);
  });

  it('types only the pending words marked as speakers', () => {
    const pending = [
      { start: 0, end: 3, text: 'NTL', initial: true, speaker: true, sentence: 0 },
      { start: 10, end: 17, text: 'Quorvel', initial: false, sentence: 1 },
    ];
    expect(resolveSpeakerWords(pending, ctx).map((d) => `${d.name}=${d.type}@${d.sentence}`)).toEqual([
      'NTL=ORGANISATION@0',
    ]);
  });
});
