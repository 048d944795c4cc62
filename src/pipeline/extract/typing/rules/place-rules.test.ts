import { describe, expect, it } from 'vitest';
import { spanFixture, summary } from '../../../../../tests/fixtures/span-context.js';
import { gazetteerTown, placeNounAfterName, placeNounOf } from './place-rules.js';

describe('placeNounOf', () => {
  it.each([
    [
      'a region after "province of"',
      'They fled the province of Tarmez last week.',
      'Tarmez',
      ['Tarmez=REGION/place-noun-of'],
    ],
    [
      'a town after "city of"',
      'They fled the city of Tarmez last week.',
      'Tarmez',
      ['Tarmez=CITY/place-noun-of'],
    ],
    ['nothing after another "of"', 'They fled the house of Tarmez last week.', 'Tarmez', []],
  ])('types %s', (_label, text, name, expected) => {
    expect(summary(placeNounOf.apply(spanFixture(text).input(name)))).toEqual(expected);
  });
});

describe('placeNounAfterName', () => {
  it.each([
    [
      'a region before "province", without the noun',
      'They fled to Tarmez province last week.',
      'Tarmez',
      ['Tarmez=REGION/place-noun-after'],
    ],
    [
      'a site before "temple", with the noun',
      'They saw the Tarmez temple last week.',
      'Tarmez',
      ['Tarmez temple=SITE/place-noun-after'],
    ],
    ['not an adjective', 'They fled to Tarmezian province last week.', 'Tarmezian', []],
  ])('types %s', (_label, text, name, expected) => {
    expect(summary(placeNounAfterName.apply(spanFixture(text).input(name)))).toEqual(expected);
  });
});

describe('gazetteerTown', () => {
  it.each([
    [
      'a known town after a place preposition',
      'They lived in Kessrin for years.',
      'Kessrin',
      ['Kessrin=CITY/gazetteer-locative'],
    ],
    ['a sizeable town without one', 'Fans cheered Varnholt again.', 'Varnholt', ['Varnholt=CITY/gazetteer']],
    ['not a small town without one', 'Fans cheered Kessrin again.', 'Kessrin', []],
    ['not the speaker of a verb', 'Then Varnholt said no.', 'Varnholt', []],
    [
      'a town after a place preposition, even before a speech verb',
      'Police in Kessrin said no.',
      'Kessrin',
      ['Kessrin=CITY/gazetteer-locative'],
    ],
    ['not a name the gazetteer lacks', 'They lived in Tarmez for years.', 'Tarmez', []],
  ])('types %s', (_label, text, name, expected) => {
    expect(summary(gazetteerTown.apply(spanFixture(text).input(name)))).toEqual(expected);
  });
});
