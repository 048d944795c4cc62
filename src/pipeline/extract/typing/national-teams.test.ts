import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../knowledge/index.js';
import { isSportsReport, nationalTeams } from './national-teams.js';
import type { DraftMention } from './span-types.js';

const MATCH = ' The striker scored two goals in the match and the coach praised the squad after the game.';

function country(text: string, name: string, kind: 'ACTOR' | 'PLACE'): DraftMention {
  const start = text.indexOf(name);
  return {
    start,
    end: start + name.length,
    name,
    kind,
    type: kind === 'ACTOR' ? 'STATE' : 'COUNTRY',
    titles: [],
    confidence: 0.9,
    cue: kind === 'ACTOR' ? 'country-actor' : 'country-place',
  };
}

describe('nationalTeams', () => {
  const knowledge = loadKnowledge();
  it.each([
    ['"Team <country>" in any article', 'Hopes rest on Team GB this week.', 'GB', 'PLACE', 'Team GB'],
    [
      '"<country> team" in any article',
      'The France team arrived on Monday.',
      'France',
      'PLACE',
      'France team',
    ],
    ['a country acting in a match report', `Spain took gold.${MATCH}`, 'Spain', 'ACTOR', 'Spain'],
    [
      'a country after a team word in a match report',
      `He has caps for Brazil.${MATCH}`,
      'Brazil',
      'PLACE',
      'Brazil',
    ],
  ])('makes a sports team of %s', (_label, text, name, kind, teamName) => {
    const [out] = nationalTeams([country(text, name, kind as 'ACTOR' | 'PLACE')], text, knowledge);
    expect(out).toMatchObject({ kind: 'ACTOR', type: 'SPORTS_TEAM', name: teamName });
  });

  it.each([
    ['a country acting outside match reports', 'Spain signed the treaty.', 'Spain', 'ACTOR'],
    ['a country as a place in a match report', `They played in Spain.${MATCH}`, 'Spain', 'PLACE'],
    ['a team "of" inspectors', 'A France team of inspectors arrived.', 'France', 'PLACE'],
  ])('leaves %s alone', (_label, text, name, kind) => {
    const draft = country(text, name, kind as 'ACTOR' | 'PLACE');
    expect(nationalTeams([draft], text, knowledge)).toEqual([draft]);
  });

  it('reads a match report by its sports words', () => {
    expect(isSportsReport(MATCH)).toBe(true);
    expect(isSportsReport('Shares rose after the merger; profits and sales grew.')).toBe(false);
    expect(isSportsReport('Victory here, victory there: the victory of the army was a victory.')).toBe(false);
  });
});
