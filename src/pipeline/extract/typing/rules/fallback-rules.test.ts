import { describe, expect, it } from 'vitest';
import type { CandidateHint } from '../../candidates.js';
import { spanFixture, summary } from '../../../../../tests/fixtures/span-context.js';
import { afterLastOf, nameShape, nlpHint, pendingWord, speechVerb } from './fallback-rules.js';

describe('speechVerb', () => {
  it.each([
    ['a one-word speaker before the verb', 'Talks went on, Quorvel said.', 'Quorvel', ['pending:Quorvel']],
    [
      'a one-word speaker after "according to"',
      'It is late, according to Quorvel.',
      'Quorvel',
      ['pending:Quorvel'],
    ],
    [
      'a one-word speaker opening the sentence',
      'Quorvel said talks went on.',
      'Quorvel',
      ['pending:Quorvel'],
    ],
    ['a speaker before an auxiliary', 'But Quorvel has said no.', 'Quorvel', ['pending:Quorvel']],
    [
      'an employer before a title after the verb',
      'It went well, said Quorvel chief executive Ada Brenn.',
      'Quorvel',
      ['Quorvel=ORGANISATION/employer-before-title'],
    ],
    [
      'a two-word speaker',
      'Talks went on, Ada Quorvel said.',
      'Ada Quorvel',
      ['Ada Quorvel=PERSON/speech-verb'],
    ],
    [
      'an organisation-shaped speaker',
      'Then Kelder & Voss said no.',
      'Kelder & Voss',
      ['Kelder & Voss=ORGANISATION/speech-verb'],
    ],
    ['no speech verb', 'Talks went on with Quorvel.', 'Quorvel', []],
  ])('types %s', (_label, text, name, expected) => {
    expect(summary(speechVerb.apply(spanFixture(text).input(name)))).toEqual(expected);
  });
});

describe('nlpHint', () => {
  it.each<[string, CandidateHint | undefined, string[]]>([
    ['a person hint', 'PERSON', ['Quorvel=PERSON/nlp-person']],
    ['a place hint', 'PLACE', ['Quorvel=OTHER/nlp-place']],
    ['an organisation hint', 'ORGANISATION', ['Quorvel=ORGANISATION/nlp-organisation']],
    ['no hint', undefined, []],
  ])('follows %s', (_label, hint, expected) => {
    const f = spanFixture('Talks went on with Quorvel later.');
    expect(summary(nlpHint.apply(f.input('Quorvel', hint)))).toEqual(expected);
  });
});

describe('nameShape', () => {
  it.each([
    [
      'a person led by a given name',
      'Talks went on with Brenna Tolwick later.',
      'Brenna Tolwick',
      ['Brenna Tolwick=PERSON/name-shape'],
    ],
    [
      'nothing for words ending in a nationality',
      'They set up a Quenby American network.',
      'Quenby American',
      [],
    ],
    [
      'an organisation ending in an everyday word',
      'Talks went on with Quenby Borders later.',
      'Quenby Borders',
      ['Quenby Borders=ORGANISATION/organisation-shape'],
    ],
    ['not a single word', 'Talks went on with Quorvel later.', 'Quorvel', []],
  ])('types %s', (_label, text, name, expected) => {
    expect(summary(nameShape.apply(spanFixture(text).input(name)))).toEqual(expected);
  });

  it('gives a name led by a given name more confidence than one without', () => {
    const f = spanFixture('Talks with Brenna Tolwick and Quorvel Tolwick went on.');
    const given = nameShape.apply(f.input('Brenna Tolwick'))?.mentions[0]?.confidence ?? 0;
    const other = nameShape.apply(f.input('Quorvel Tolwick'))?.mentions[0]?.confidence ?? 0;
    expect(given).toBeGreaterThan(other);
  });
});

describe('afterLastOf', () => {
  it.each([
    [
      'a monument named after its town is a site',
      'They saw the Giant Buddhas of Kessrin yesterday.',
      'Giant Buddhas of Kessrin',
      ['Giant Buddhas of Kessrin=SITE/named-after-place'],
    ],
    [
      'otherwise the part after "of" is typed on its own',
      'They saw the Pearl of the Kelvane Ministry.',
      'Pearl of the Kelvane Ministry',
      ['Kelvane Ministry=GOVERNMENT_BODY/head-noun'],
    ],
    ['no "of" inside the span', 'They saw Brenna Tolwick yesterday.', 'Brenna Tolwick', []],
  ])('%s', (_label, text, name, expected) => {
    expect(summary(afterLastOf.apply(spanFixture(text).input(name)))).toEqual(expected);
  });
});

describe('pendingWord', () => {
  it.each([
    ['keeps a single unknown word', 'Talks went on with Quorvel later.', 'Quorvel', ['pending:Quorvel']],
    [
      'drops an unknown run of words outside a heading',
      'Talks went on with Quorvel Tarrow Vosk later.',
      'Quorvel Tarrow Vosk',
      [],
    ],
    [
      'keeps an unknown run in a heading',
      'Quorvel Tarrow Vosk Wins Again',
      'Quorvel Tarrow Vosk',
      ['pending:Quorvel Tarrow Vosk'],
    ],
  ])('%s', (_label, text, name, expected) => {
    expect(summary(pendingWord.apply(spanFixture(text).input(name)))).toEqual(expected);
  });
});
