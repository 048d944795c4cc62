import { describe, expect, it } from 'vitest';
import { spanFixture, summary } from '../../../../../tests/fixtures/span-context.js';
import { demonymBeforePerson } from './demonym-person-rule.js';

describe('demonymBeforePerson', () => {
  it.each([
    [
      'a nationality before a name',
      'American Tessa Vane was banned.',
      'American Tessa Vane',
      ['Tessa Vane=PERSON/demonym-before-person'],
    ],
    [
      'a plural nationality before a name',
      'Kenyans Omari Kitur and Ada Rono won.',
      'Kenyans Omari Kitur',
      ['Omari Kitur=PERSON/demonym-before-person'],
    ],
    [
      'a noun for a national from the gazetteer',
      'Swede Jonas Bjorkel won.',
      'Swede Jonas Bjorkel',
      ['Jonas Bjorkel=PERSON/demonym-before-person'],
    ],
    [
      'a -man noun for a national',
      'Dutchman Piet Wessaar won.',
      'Dutchman Piet Wessaar',
      ['Piet Wessaar=PERSON/demonym-before-person'],
    ],
    [
      'a plural -men noun for nationals',
      'Frenchmen Gilles Simard and Paul Roux won.',
      'Frenchmen Gilles Simard',
      ['Gilles Simard=PERSON/demonym-before-person'],
    ],
    [
      'nothing for a two-word name that begins like a nationality',
      'Finn Russell kicked.',
      'Finn Russell',
      [],
    ],
    [
      'nothing for an everyday word after the nationality noun',
      'Pole Position Racing won.',
      'Pole Position Racing',
      [],
    ],
    ['nothing for an event', 'The Russian Grand Prix ended.', 'Russian Grand Prix', []],
    ['nothing for a body with a head noun', 'The British Gas Board met.', 'British Gas Board', []],
    ['nothing for a known firm', 'He flew British Airways.', 'British Airways', []],
  ])('%s', (_label, text, name, expected) => {
    expect(summary(demonymBeforePerson.apply(spanFixture(text).input(name)))).toEqual(expected);
  });

  it('keeps the nationality as a title', () => {
    const result = demonymBeforePerson.apply(
      spanFixture('American Tessa Vane was banned.').input('American Tessa Vane'),
    );
    expect(result?.mentions[0]?.titles).toEqual(['American']);
  });
});
