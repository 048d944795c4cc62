import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';
import { extractEvents } from './index.js';
import { headNounTable, objectHeadKinds } from './object-head-kinds.js';
import { wordsOf } from './words.js';

const TABLE = headNounTable({
  kinds: {
    PRODUCT_LAUNCH: ['phone', 'player'],
    RELEASE: ['hostage'],
    ELECTION: ['election'],
    MATCH: ['final'],
  },
  resultNouns: ['victory'],
  partitiveNouns: ['generation'],
});

/** The kinds chosen for the trigger word `trigger` of `text`, sorted. */
function kindsAt(text: string, trigger: string, nominal = false): string[] {
  const words = wordsOf(text);
  const index = words.findIndex((w) => w.lower === trigger);
  return [...(objectHeadKinds(words, index, index, nominal, TABLE) ?? [])].sort();
}

describe('objectHeadKinds: the head noun of the object names the kind', () => {
  it.each([
    [
      'the object after the verb',
      'Acme released its new phone on Monday.',
      'released',
      false,
      ['PRODUCT_LAUNCH'],
    ],
    ['a plural head', 'Rebels released the hostages yesterday.', 'released', false, ['RELEASE']],
    ['the subject of a passive', 'The hostages were released yesterday.', 'released', false, ['RELEASE']],
    [
      'the phrase of a result noun',
      'Vance won a historic victory in the election.',
      'won',
      false,
      ['ELECTION'],
    ],
    [
      'a partitive before the head',
      'the release of its next generation of players',
      'release',
      true,
      ['PRODUCT_LAUNCH'],
    ],
    ['a noun reads its of-phrase', 'the release of the hostages', 'release', true, ['RELEASE']],
    ['a head that names no kind', 'Acme released a statement.', 'released', false, []],
    ['not past a comma', 'Acme released, after the final, a statement.', 'released', false, []],
    ['not past a preposition', 'Vance won in the final.', 'won', false, []],
  ])('%s', (_what, text, trigger, nominal, expected) => {
    expect(kindsAt(text, trigger, nominal)).toEqual(expected);
  });
});

const ENTITIES: FixtureEntity[] = [
  { id: 'act_ada_vance', name: 'Ada Vance', kind: 'ACTOR', type: 'PERSON', surfaces: ['Ada Vance', 'Vance'] },
  { id: 'act_acme', name: 'Acme', kind: 'ACTOR', type: 'COMPANY', surfaces: ['Acme'] },
  { id: 'plc_kestrel', name: 'Kestrel', kind: 'PLACE', type: 'CITY', surfaces: ['Kestrel'] },
];

function types(text: string): string[] {
  return extractEvents(fixtureContext(`It was a quiet week. Nothing else happened. ${text}`, ENTITIES))
    .events.map((e) => e.type)
    .sort();
}

describe('extractEvents: the object head chooses among the readings of one word', () => {
  it.each([
    [
      'a victory in an election',
      'Ada Vance won a historic victory in the presidential election in Kestrel.',
      ['ELECTION'],
    ],
    [
      'an award, though a league is near',
      'Ada Vance, top of the league, won the manager-of-the-month award.',
      ['AWARD'],
    ],
    ['a product released', 'Acme released its new phone in Kestrel.', ['PRODUCT_LAUNCH']],
  ])('%s', (_what, text, expected) => {
    expect(types(text)).toEqual(expected);
  });
});
