import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../knowledge/index.js';
import { clubNames } from './club-names.js';
import type { DraftMention, PendingWord } from './span-types.js';

const MATCH = ' The striker scored two goals in the match and the coach praised the squad after the game.';
const knowledge = loadKnowledge();
const towns = new Set(['Newcastle', 'Birmingham', 'Chester']);
const isTown = (word: string): boolean => towns.has(word);

function town(text: string, name: string, from = 0): DraftMention & { sentence: number } {
  const start = text.indexOf(name, from);
  const place = { kind: 'PLACE', type: 'CITY', confidence: 0.65, cue: 'gazetteer' } as const;
  return { start, end: start + name.length, name, ...place, titles: [], sentence: 0 };
}

function word(text: string, name: string): PendingWord & { sentence: number } {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, initial: start === 0, sentence: 0 };
}

function typesOf(text: string, drafts: DraftMention[], untyped: PendingWord[] = []): string[] {
  const located = drafts.map((d) => ({ ...d, sentence: 0 }));
  const words = untyped.map((w) => ({ ...w, sentence: 0 }));
  return clubNames(located, words, text, knowledge, isTown).map((d) => `${d.name}:${d.type}`);
}

describe('clubNames', () => {
  it.each([
    ['a club role after it', 'Newcastle striker Craig Bellamy left.', 'Newcastle'],
    ['a transfer word before it', 'He rejected a move to Birmingham.', 'Birmingham'],
    ['a team’s plural verb', 'He said Newcastle are in no position to pay.', 'Newcastle'],
  ])('reads a town as its club in a match report after %s', (_, sentence, name) => {
    const text = `${sentence}${MATCH}`;
    expect(typesOf(text, [town(text, name)])).toEqual([`${name}:SPORTS_TEAM`]);
  });

  it('makes every mention of the club the club, but not the town after "in"', () => {
    const text = `Newcastle striker Bellamy left. Newcastle said so. He lives in Newcastle.${MATCH}`;
    const drafts = [town(text, 'Newcastle'), town(text, 'Newcastle', 10), town(text, 'Newcastle', 40)];
    expect(typesOf(text, drafts)).toEqual([
      'Newcastle:SPORTS_TEAM',
      'Newcastle:SPORTS_TEAM',
      'Newcastle:CITY',
    ]);
  });

  it('leaves towns alone outside a match report', () => {
    const text = 'He rejected a move to Birmingham after the company cut jobs.';
    expect(typesOf(text, [town(text, 'Birmingham')])).toEqual(['Birmingham:CITY']);
  });

  it.each([
    ['a fixture word', 'The game against Arsenal was won.', 'Arsenal', ['Arsenal:SPORTS_TEAM']],
    ['a role noun of a town', 'The former Chester manager spoke.', 'Chester', ['Chester:SPORTS_TEAM']],
    ['only a role noun (a nickname)', 'He fell out with Magpies manager Souness.', 'Magpies', []],
    ['a sentence-opening verb', 'Fans are angry.', 'Fans', []],
    ['a contraction', 'Then he said I’m going to beat Arsenal.', 'I’m', []],
  ])('types an untyped word after %s', (_, sentence, name, expected) => {
    const text = `${sentence}${MATCH}`;
    expect(typesOf(text, [], [word(text, name)])).toEqual(expected);
  });

  it('never makes a person’s name a club', () => {
    const text = `Paula Radcliffe beat the field. He lost to Paula in May.${MATCH}`;
    const person = { ...town(text, 'Paula Radcliffe'), kind: 'ACTOR', type: 'PERSON' } as const;
    expect(typesOf(text, [person], [word(text.replace('Paula Radcliffe', '_'.repeat(15)), 'Paula')])).toEqual(
      ['Paula Radcliffe:PERSON'],
    );
  });
});
