import { describe, expect, it } from 'vitest';
import { spanFixture, summary } from '../../../../../tests/fixtures/span-context.js';
import { descriptor, headNoun, openingPluralDescriptor } from './head-noun-rules.js';

describe('headNoun', () => {
  it.each([
    [
      'a site by "<Head> of"',
      'They met at the Temple of Bel on Monday.',
      'Temple of Bel',
      ['Temple of Bel=SITE/head-noun'],
    ],
    [
      'a body by its last word',
      'Staff of the Kelvane Ministry left.',
      'Kelvane Ministry',
      ['Kelvane Ministry=GOVERNMENT_BODY/head-noun'],
    ],
    [
      'media by its last word',
      'The Morvale Times said so.',
      'Morvale Times',
      ['Morvale Times=MEDIA/head-noun'],
    ],
    ['nothing without a head noun', 'They met Brenna Tolwick there.', 'Brenna Tolwick', []],
    [
      'a newspaper title after a capital "The"',
      'He told The Observer so.',
      'Observer',
      ['Observer=MEDIA/head-noun'],
    ],
    [
      'a newspaper title opening the sentence',
      'The Times on Monday said so.',
      'Times',
      ['Times=MEDIA/head-noun'],
    ],
    [
      'a body named alone after "the"',
      'Officials at the Treasury said so.',
      'Treasury',
      ['Treasury=GOVERNMENT_BODY/head-noun'],
    ],
    [
      'a body named alone opening the sentence',
      'The Treasury said so.',
      'Treasury',
      ['Treasury=GOVERNMENT_BODY/head-noun'],
    ],
    ['no outlet after a lower-case "the"', 'He read the Observer daily.', 'Observer', []],
    ['no body for another head alone', 'The Ministry said so.', 'Ministry', []],
  ])('types %s', (_label, text, name, expected) => {
    expect(summary(headNoun.apply(spanFixture(text).input(name)))).toEqual(expected);
  });
});

describe('descriptor', () => {
  it.each([
    [
      'a descriptor before the name',
      'Ada met the human rights organisation Brightwater there.',
      'Brightwater',
      ['Brightwater=ORGANISATION/descriptor'],
    ],
    [
      'a descriptor ending an apposition',
      'She urged Kelvane Relief, the aid agency she works for, to act.',
      'Kelvane Relief',
      ['Kelvane Relief=ORGANISATION/descriptor'],
    ],
    [
      "a profession's plural before the name",
      'A report from analysts Morvex said so.',
      'Morvex',
      ['Morvex=COMPANY/descriptor'],
    ],
    [
      "a descriptor's plural before the names",
      'The lenders Kelbank and Ostbank fell.',
      'Kelbank',
      ['Kelbank=COMPANY/descriptor'],
    ],
    [
      "an outlet's noun after the name",
      'He wrote for the Morvale newspaper.',
      'Morvale',
      ['Morvale=MEDIA/descriptor'],
    ],
    ['no outlet after "a"', 'He wrote for a Morvale newspaper.', 'Morvale', []],
    ['no firm after a singular title', 'The analyst Morvex said so.', 'Morvex', []],
    ['no descriptor', 'Ada met Brightwater there.', 'Brightwater', []],
  ])('types %s', (_label, text, name, expected) => {
    expect(summary(descriptor.apply(spanFixture(text).input(name)))).toEqual(expected);
  });
});

describe('openingPluralDescriptor', () => {
  it.each([
    [
      "a profession's plural opening the sentence",
      'Bookmakers Ada Kelvane cut the odds.',
      'Bookmakers Ada Kelvane',
      ['Ada Kelvane=COMPANY/opening-plural-descriptor'],
    ],
    [
      "a descriptor's plural opening the sentence",
      'Charities Brightwater and Kelvane Relief said so.',
      'Charities Brightwater',
      ['Brightwater=ORGANISATION/opening-plural-descriptor'],
    ],
    ['nothing for a singular descriptor', 'Network Morvex said so.', 'Network Morvex', []],
    ['nothing inside the sentence', 'He said Bookmakers Ada Kelvane won.', 'Bookmakers Ada Kelvane', []],
  ])('types %s', (_label, text, name, expected) => {
    expect(summary(openingPluralDescriptor.apply(spanFixture(text).input(name)))).toEqual(expected);
  });
});
