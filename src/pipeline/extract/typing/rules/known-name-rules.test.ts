import { describe, expect, it } from 'vitest';
import { spanFixture, summary } from '../../../../../tests/fixtures/span-context.js';
import {
  acronymWithDescriptor,
  bracketedAcronym,
  hyphenModifier,
  knownPhrase,
  lawOrTreaty,
} from './known-name-rules.js';

describe('hyphenModifier', () => {
  it.each([
    [
      'takes the state and the coalition from "US-led coalition"',
      'US-led coalition jets struck.',
      'US-led',
      ['US=STATE/hyphen-modifier', 'US-led coalition=MILITARY/led-coalition'],
    ],
    [
      'names the state behind a demonym',
      'Russian-backed forces advanced.',
      'Russian-backed',
      ['Russia=STATE/hyphen-modifier'],
    ],
    ['leaves an unknown name before the hyphen', 'Kelder-backed forces advanced.', 'Kelder-backed', []],
    ['leaves a participle it does not list', 'Russian-speaking towns voted.', 'Russian-speaking', []],
  ])('%s', (_label, text, name, expected) => {
    expect(summary(hyphenModifier.apply(spanFixture(text).input(name)))).toEqual(expected);
  });
});

describe('acronymWithDescriptor', () => {
  it.each([
    [
      'types a trailing acronym by the descriptor before it',
      'He read the State News Agency SANA report.',
      'State News Agency SANA',
      ['SANA=MEDIA/acronym-with-descriptor'],
    ],
    [
      'needs a descriptor with an actor head noun',
      'He met Brenna Tolwick KRV there.',
      'Brenna Tolwick KRV',
      [],
    ],
  ])('%s', (_label, text, name, expected) => {
    expect(summary(acronymWithDescriptor.apply(spanFixture(text).input(name)))).toEqual(expected);
  });
});

describe('lawOrTreaty', () => {
  it.each([
    ['drops a name ending in a law head', 'They passed the Terrorism Act last year.', 'Terrorism Act', true],
    [
      'drops "<law head> on …"',
      'It broke the Kelvane Convention on Fishing Rights.',
      'Kelvane Convention on Fishing Rights',
      true,
    ],
    ['keeps other names', 'They met Brenna Tolwick last year.', 'Brenna Tolwick', false],
  ])('%s', (_label, text, name, dropped) => {
    const result = lawOrTreaty.apply(spanFixture(text).input(name));
    expect(result !== undefined).toBe(dropped);
    if (result) expect(summary(result)).toEqual([]);
  });
});

describe('knownPhrase', () => {
  it.each([
    ['a known organisation', 'Troops of the UN arrived.', 'UN', ['UN=ORGANISATION/known-organisation']],
    [
      'a known name before a media head as the outlet',
      'He told the UN Times so.',
      'UN Times',
      ['UN Times=MEDIA/known-name-media'],
    ],
    [
      'a nationality with a body noun',
      'The Russian Defense Ministry said so.',
      'Russian Defense Ministry',
      ['Russian Defense Ministry=GOVERNMENT_BODY/nationality-body'],
    ],
    [
      'a nationality before a named body',
      'The Syrian Kelvane Institute said so.',
      'Syrian Kelvane Institute',
      ['Syrian Kelvane Institute=ORGANISATION/nationality-named-body'],
    ],
    [
      'an organisation and the name after it, typed on its own',
      'Then UN Brenna Tolwick said so.',
      'UN Brenna Tolwick',
      ['UN=ORGANISATION/known-organisation', 'Brenna Tolwick=PERSON/speech-verb'],
    ],
  ])('types %s', (_label, text, name, expected) => {
    expect(summary(knownPhrase.apply(spanFixture(text).input(name)))).toEqual(expected);
  });

  it.each([
    ['no known phrase at the start', 'They met Brenna Tolwick there.', 'Brenna Tolwick'],
    [
      'a nationality before an unknown name',
      'They met Syrian Brenna Tolwick there.',
      'Syrian Brenna Tolwick',
    ],
  ])('leaves %s to later rules', (_label, text, name) => {
    expect(knownPhrase.apply(spanFixture(text).input(name))).toBeUndefined();
  });
});

describe('bracketedAcronym', () => {
  it.each([
    [
      'keeps an acronym in brackets for the article-level pass',
      'The Kelvane Observatory (KOHR) said so.',
      'KOHR',
      ['pending:KOHR'],
    ],
    ['ignores an acronym outside brackets', 'The KOHR said so.', 'KOHR', []],
  ])('%s', (_label, text, name, expected) => {
    const result = bracketedAcronym.apply(spanFixture(text).input(name));
    expect(summary(result)).toEqual(expected);
    if (result) expect(result.pending[0]?.hint).toBe('ORGANISATION');
  });
});
