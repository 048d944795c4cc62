import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';
import { findTriggers } from './find-triggers.js';
import { extractEvents } from './index.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { verbBefore } from './without-support-verbs.js';
import { wordsOf } from './words.js';

const ENTITIES: FixtureEntity[] = [
  { id: 'act_acme', name: 'Acme', kind: 'ACTOR', type: 'COMPANY', surfaces: ['Acme'] },
  { id: 'act_globex', name: 'Globex', kind: 'ACTOR', type: 'COMPANY', surfaces: ['Globex'] },
  { id: 'act_ada_vance', name: 'Ada Vance', kind: 'ACTOR', type: 'PERSON', surfaces: ['Ada Vance', 'Vance'] },
];

function types(text: string): string[] {
  return extractEvents(fixtureContext(`It was a quiet week. ${text}`, ENTITIES)).events.map((e) => e.type);
}

describe('findTriggers: an -ing word before a determiner is a gerund', () => {
  it.each([
    ['Acme wants to prevent it by signing this deal with Globex.', 'signing', false],
    ['The signing of Globex cost Acme £2m.', 'signing', true],
  ])('%s', (text, word, nominal) => {
    const hit = findTriggers(text, wordsOf(text), TRIGGER_LEXICON).find((h) => h.text === word);
    expect(hit?.nominal).toBe(nominal);
  });
});

describe('verbBefore: the verb whose object an event noun is', () => {
  it('finds the verb a few words before the noun', () => {
    const text = 'Acme signed a deal with Globex.';
    const hits = findTriggers(text, wordsOf(text), TRIGGER_LEXICON);
    const noun = hits.find((h) => h.nominal);
    expect(verbBefore(noun!, hits)?.text).toBe('signed');
  });
});

describe('extractEvents: the mood of a light verb is its noun’s', () => {
  it.each([
    ['Acme wants to prevent a crisis by signing this deal with Globex.', []],
    ['Acme prevented a crisis by signing this deal with Globex.', ['DEAL']],
  ])('%s', (text, expected) => {
    expect(types(text).filter((t) => t === 'DEAL' || t === 'AGREEMENT')).toEqual(expected);
  });

  it('reads a trigger before "discussions" as what is discussed', () => {
    expect(types('Acme has held merger discussions with Globex.')).not.toContain('DEAL');
  });
});

describe('isIrrealis: possibilities named by a noun or denied by a phrasal verb', () => {
  it.each([
    ['The plan gives tenants the right to buy their homes from Acme.', 'DEAL'],
    ['Globex are the favourites to take over Acme.', 'DEAL'],
    ['Ada Vance, troubled by injury, has ruled out retiring.', 'RESIGNATION'],
    ['Ada Vance, troubled by injury, has ruled out retiring.', 'INJURY'],
  ])('%s has no %s', (text, type) => {
    expect(types(text)).not.toContain(type);
  });

  it('keeps an infinitive after a verb', () => {
    expect(types('Acme agreed to buy Globex for $2bn.')).toContain('DEAL');
  });
});

describe('cuesNear: the trigger word repeated is no cue', () => {
  it('reads an economy’s "best performance" as no show', () => {
    expect(
      types('The economy had its best performance since 1980, and exports their best performance.'),
    ).toEqual([]);
  });
});
