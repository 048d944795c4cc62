import { describe, expect, it } from 'vitest';
import { spanFixture, summary } from '../../../../../tests/fixtures/span-context.js';
import { nameOfBody, titleBeforeConnector, titleContext, titleInName } from './title-rules.js';

describe('titleInName', () => {
  it.each([
    [
      'takes the name after a title inside the span',
      'Syrian President Brenna Tolwick spoke.',
      'Syrian President Brenna Tolwick',
      ['Brenna Tolwick=PERSON/title-in-name'],
    ],
    [
      'keeps a known organisation named in the title as its own mention',
      'UNICEF spokesman Brenna Tolwick spoke.',
      'UNICEF spokesman Brenna Tolwick',
      ['Brenna Tolwick=PERSON/title-in-name', 'UNICEF=ORGANISATION/organisation-in-title'],
    ],
    [
      'skips "of <word>" after the title',
      'Secretary of State Brenna Tolwick spoke.',
      'Secretary of State Brenna Tolwick',
      ['Brenna Tolwick=PERSON/title-in-name'],
    ],
    [
      'types the place of an office named after it',
      'The Archbishop of the Kessrin spoke.',
      'Archbishop of the Kessrin',
      ['Kessrin=CITY/gazetteer-locative'],
    ],
    [
      'leaves a name the tables know whole to the known-name rule',
      'Then Reporters Without Borders spoke.',
      'Reporters Without Borders',
      [],
    ],
    [
      'leaves a title before a body to later rules',
      'The Governor of the Kelvane Bank spoke.',
      'Governor of the Kelvane Bank',
      [],
    ],
  ])('%s', (_label, text, name, expected) => {
    expect(summary(titleInName.apply(spanFixture(text).input(name)))).toEqual(expected);
  });

  it('keeps the titles written before and after the name', () => {
    const f = spanFixture('The former envoy, President Brenna Tolwick, the chairman of Kelvane, spoke.');
    const result = titleInName.apply(f.input('President Brenna Tolwick'));
    expect(result?.mentions[0]?.titles).toEqual(['former envoy', 'President', 'chairman of Kelvane']);
  });
});

describe('titleBeforeConnector', () => {
  it.each([
    [
      'types what follows "<title> for"',
      'She is Writer for Progressive Army now.',
      'Writer for Progressive Army',
      ['Progressive Army=MILITARY/head-noun'],
    ],
    ['needs a title first', 'She is Friend for Progressive Army now.', 'Friend for Progressive Army', []],
  ])('%s', (_label, text, name, expected) => {
    expect(summary(titleBeforeConnector.apply(spanFixture(text).input(name)))).toEqual(expected);
  });
});

describe('nameOfBody', () => {
  it.each([
    [
      'splits a person from the body they belong to',
      'Marta Quillon of the Brennick Observatory spoke.',
      'Marta Quillon of the Brennick Observatory',
      ['Marta Quillon=PERSON/name-of-body', 'Brennick Observatory=ORGANISATION/head-noun'],
    ],
    [
      'needs a known body or head noun after "of"',
      'Marta Quillon of Brennick Tarrow spoke.',
      'Marta Quillon of Brennick Tarrow',
      [],
    ],
  ])('%s', (_label, text, name, expected) => {
    expect(summary(nameOfBody.apply(spanFixture(text).input(name)))).toEqual(expected);
  });
});

describe('titleContext', () => {
  it.each([
    [
      'a title before the name',
      'Kremlin spokesman, Dorin Valcu, denied it.',
      'Dorin Valcu',
      ['Dorin Valcu=PERSON/title-context'],
    ],
    [
      'a title after the name',
      'Dorin Valcu, director general of antiquities, denied it.',
      'Dorin Valcu',
      ['Dorin Valcu=PERSON/title-context'],
    ],
    ['no title around the name', 'Yesterday Dorin Valcu denied it.', 'Dorin Valcu', []],
    [
      'no person for a town after a place preposition, before a titled name',
      'At a meeting in Ostmere, chemist Dorin Valcu spoke.',
      'Ostmere',
      [],
    ],
  ])('%s', (_label, text, name, expected) => {
    expect(summary(titleContext.apply(spanFixture(text).input(name)))).toEqual(expected);
  });
});
