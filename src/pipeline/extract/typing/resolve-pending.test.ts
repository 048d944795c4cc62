import { describe, expect, it } from 'vitest';
import type { CandidateHint } from '../candidates.js';
import { spanFixture } from '../../../../tests/fixtures/span-context.js';
import { resolvePending } from './resolve-pending.js';
import type { DraftMention } from './span-types.js';

/** Resolves the pending word `word` of `text`, after the article typed `typed` (name=TYPE) elsewhere. */
function resolve(text: string, word: string, typed: string[], hint?: CandidateHint): string[] {
  const { ctx } = spanFixture(text);
  const drafts = typed.map((entry): DraftMention & { sentence: number } => {
    const [name, type] = entry.split('=') as [string, 'PERSON' | 'ORGANISATION'];
    const start = text.indexOf(name);
    return {
      start,
      end: start + name.length,
      name,
      kind: 'ACTOR',
      type,
      titles: [],
      confidence: 0.9,
      cue: 'test',
      sentence: 0,
    };
  });
  const start = text.lastIndexOf(word);
  const pending = [
    { start, end: start + word.length, text: word, initial: false, sentence: 0, ...(hint ? { hint } : {}) },
  ];
  return resolvePending(pending, drafts, ctx).map((m) => `${m.name}=${m.type}/${m.cue}`);
}

describe('resolvePending', () => {
  it.each<[string, string, string, string[], CandidateHint | undefined, string[]]>([
    [
      'the same word typed elsewhere',
      'Kelvane Tarrow met them. Later Kelvane Tarrow left.',
      'Kelvane Tarrow',
      ['Kelvane Tarrow=ORGANISATION'],
      undefined,
      ['Kelvane Tarrow=ORGANISATION/same-name'],
    ],
    [
      'the surname of a person named in full',
      'Brenna Tolwick spoke. Then Tolwick left.',
      'Tolwick',
      ['Brenna Tolwick=PERSON'],
      undefined,
      ['Tolwick=PERSON/surname'],
    ],
    [
      'the surname without its "al-"',
      'Dorin al-Valcu spoke. Then Valcu left.',
      'Valcu',
      ['Dorin al-Valcu=PERSON'],
      undefined,
      ['Valcu=PERSON/surname'],
    ],
    [
      'an acronym in brackets after a typed name',
      'The Kelvane Institute (KVI) spoke.',
      'KVI',
      ['Kelvane Institute=ORGANISATION'],
      undefined,
      ['KVI=ORGANISATION/bracketed-acronym'],
    ],
    ['an unknown acronym', 'Then KRVX spoke.', 'KRVX', [], undefined, ['KRVX=ORGANISATION/acronym']],
    [
      'a sizeable town',
      'Fans cheered Varnholt again.',
      'Varnholt',
      [],
      undefined,
      ['Varnholt=CITY/gazetteer'],
    ],
    [
      'the NLP hint when nothing else decides',
      'Talks went on with Quorvel.',
      'Quorvel',
      [],
      'PERSON',
      ['Quorvel=PERSON/nlp-person'],
    ],
    [
      'nothing for an unknown word without a hint',
      'Talks went on with Quorvel.',
      'Quorvel',
      [],
      undefined,
      [],
    ],
  ])('types %s', (_label, text, word, typed, hint, expected) => {
    expect(resolve(text, word, typed, hint)).toEqual(expected);
  });
});
