import { beforeAll, describe, expect, it } from 'vitest';
import type { Mention } from '../../domain.js';
import { findMentions } from './find-mentions.js';
import { loadGazetteer } from '../../knowledge/index.js';
import { splitSentences } from './split-sentences.js';

function mentionsOf(text: string): Mention[] {
  const doc = { id: 'art_test', title: 'Test', text, contentHash: 'h', sourceFile: 'test.txt' };
  return findMentions(doc, splitSentences(text));
}

function typed(text: string): string[] {
  return mentionsOf(text).map((m) => `${m.surface}=${m.type}`);
}

// The GeoNames index takes a few seconds to build; build it once, outside any test's time limit.
beforeAll(() => {
  loadGazetteer();
}, 60_000);

describe('findMentions: organisations without a telling name', () => {
  it.each([
    [
      'a descriptor before the name',
      'Ada Korvel of the human rights organisation Brightwater said so.',
      'Brightwater=ORGANISATION',
    ],
    [
      'a descriptor ending an apposition',
      'She urged Kelvane Relief, the aid agency she works for, to close.',
      'Kelvane Relief=ORGANISATION',
    ],
    ['a media descriptor', 'The story ran in the newspaper Morvale on Monday.', 'Morvale=MEDIA'],
    [
      '"International" as a head noun',
      'Staff at Dorrit International were told on Monday.',
      'Dorrit International=ORGANISATION',
    ],
    [
      '"Coalition" alone is not military',
      'He spoke at the conference of the Tarrow Coalition in March.',
      'Tarrow Coalition=ORGANISATION',
    ],
    [
      'an everyday last word without a given name',
      'Talks with Quenby Borders said the plan was late.',
      'Quenby Borders=ORGANISATION',
    ],
    ['an ampersand', 'Kelder & Voss said profits rose.', 'Kelder & Voss=ORGANISATION'],
    ['a leading nationality', 'Swiss Kelder said profits rose.', 'Swiss Kelder=ORGANISATION'],
  ])('types %s', (_label, text, expected) => {
    expect(typed(text)).toContain(expected);
  });

  it.each([
    [
      'a given name before a surname that is a word',
      'Vincent Cable said the plan was late.',
      'Vincent Cable=PERSON',
    ],
    [
      'a descriptor inside a longer noun',
      'John Marsh, the party leader, said the plan was late.',
      'John Marsh=PERSON',
    ],
  ])('keeps a person: %s', (_label, text, expected) => {
    expect(typed(text)).toContain(expected);
  });
});

describe('findMentions: names cut, split or invented', () => {
  it.each([
    [
      'a possessive that begins a name',
      'He served in the Queen’s Tarrow Regiment for years.',
      'Queen’s Tarrow Regiment=MILITARY',
    ],
    [
      '"People\'s" begins a name',
      "The People's Kelvane Army crossed the river.",
      "People's Kelvane Army=MILITARY",
    ],
  ])('keeps whole: %s', (_label, text, expected) => {
    expect(typed(text)).toContain(expected);
  });

  it.each([
    ['a treaty', 'The case fell within the European Convention on Human Rights last year.'],
    ['a law', 'The ruling relied on the Harbour Safety Act passed in 1998.'],
  ])('does not make an actor of %s', (_label, text) => {
    expect(mentionsOf(text).filter((m) => m.kind === 'ACTOR')).toEqual([]);
  });

  it('keeps "on" inside a committee name only', () => {
    expect(typed('The Committee on Fisheries met Ada Korvel on Monday.')).toContain(
      'Committee on Fisheries=GOVERNMENT_BODY',
    );
  });
});

describe('findMentions: demonyms and possessives', () => {
  it.each([
    ['people, not a state', 'The other five Iraqis did not die in custody.', []],
    ['many people, not a state', 'Many Russians voted early.', []],
  ])('reads a plural demonym as %s', (_label, text, expected) => {
    expect(mentionsOf(text).map((m) => m.surface)).toEqual(expected);
  });

  it.each([
    ['the shooting of an Iraqi police commissioner in May', []],
    ['a Syrian army spokesman said so', []],
    ['the Syrian army said so', ['Syrian army']],
  ])('reads a demonym and lower-case body before a title as part of the title: %j', (text, expected) => {
    expect(mentionsOf(text).map((m) => m.surface)).toEqual(expected);
  });

  it('still reads "the Russians" as the state acting', () => {
    expect(typed('The Russians bombed the bridge at dawn.')).toContain('Russians=STATE');
  });

  it.each([
    [
      'Syria’s general command said the town was taken.',
      'Syria’s general command=MILITARY',
      'Syrian General Command',
    ],
    [
      'Russia’s foreign ministry said the talks had ended.',
      'Russia’s foreign ministry=GOVERNMENT_BODY',
      'Russian Foreign Ministry',
    ],
  ])('reads "<country>\'s <body>" as a body of that country: %j', (text, expected, name) => {
    expect(typed(text)).toContain(expected);
    expect(mentionsOf(text).map((m) => m.name)).toContain(name);
  });

  it.each([
    ['Britain’s biggest union said the talks had ended.'],
    ['Syria’s government said the town was taken.'],
  ])('leaves a description or the state itself alone: %j', (text) => {
    expect(mentionsOf(text)[0]?.type).toBe('STATE');
  });
});
