import typing from '../../../knowledge/data/backbone-typing.json' with { type: 'json' };
import cues from '../../../knowledge/data/sports-team-cues.json' with { type: 'json' };
import { lookupPhrase } from '../../../knowledge/index.js';
import type { Knowledge } from '../../../knowledge/index.js';
import type { DraftMention } from './span-types.js';

const SPORTS_WORDS = new Set(typing.sportsWords);
const BUSINESS_WORDS = new Set(typing.businessWords);
const TEAM_NOUNS = cues.teamNouns;
const TEAM_LEAD_WORDS = new Set(cues.teamLeadWords);
/** Sports words needed, and their lead over business words, before an article reads as a match report. */
const SPORTS_MIN = 4;
/** Different sports words needed. */
const SPORTS_DISTINCT_MIN = 3;

/** True when the article reads like a match report: enough sports words, of several kinds, and twice the business words. */
export function isSportsReport(text: string): boolean {
  let sports = 0;
  let business = 0;
  const distinct = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[a-z][a-z-]*/g)) {
    if (SPORTS_WORDS.has(match[0])) {
      sports += 1;
      distinct.add(match[0]);
    }
    if (BUSINESS_WORDS.has(match[0])) business += 1;
  }
  // a war report's "victory" and "defeat" repeated are not a match report: several different words are
  return sports >= SPORTS_MIN && distinct.size >= SPORTS_DISTINCT_MIN && sports > business * 2;
}

function isCountry(knowledge: Knowledge, d: DraftMention): boolean {
  if (d.viaDemonym !== undefined) return false;
  const hit = lookupPhrase(knowledge, d.name);
  return hit?.kind === 'country' && ((d.kind === 'ACTOR' && d.type === 'STATE') || d.kind === 'PLACE');
}

function team<D extends DraftMention>(d: D, start: number, end: number, name: string, cue: string): D {
  return { ...d, start, end, name, kind: 'ACTOR', type: 'SPORTS_TEAM', cue };
}

/**
 * A country's national team is an actor of its own, never its state: "Team GB" and "the United States
 * team" in any article; in a match report also the country acting ("Britain took gold") or after a
 * word that makes it a side ("caps for Brazil", "beat France"). The state stays where it is named
 * through its people or institutions ("the Greek authorities").
 */
export function nationalTeams<D extends DraftMention>(drafts: D[], text: string, knowledge: Knowledge): D[] {
  const sports = isSportsReport(text);
  return drafts.map((d) => {
    if (!isCountry(knowledge, d)) return d;
    if (/\bTeam\s$/.test(text.slice(Math.max(0, d.start - 5), d.start)))
      return team(d, d.start - 5, d.end, text.slice(d.start - 5, d.end), 'team-name');
    const after = text.slice(d.end, d.end + 20).toLowerCase();
    const noun = TEAM_NOUNS.find(
      (n) => after.startsWith(` ${n}`) && !/^[a-z]/.test(after.slice(n.length + 1)),
    );
    if (noun !== undefined && !after.slice(noun.length + 1).startsWith(' of')) {
      const end = d.end + 1 + noun.length;
      return team(d, d.start, end, text.slice(d.start, end), 'country-team-noun');
    }
    if (!sports) return d;
    const before = /([A-Za-z]+)\s+(?:the\s+)?$/.exec(text.slice(Math.max(0, d.start - 30), d.start))?.[1];
    if (d.kind === 'ACTOR' || (before !== undefined && TEAM_LEAD_WORDS.has(before.toLowerCase())))
      return team(d, d.start, d.end, d.name, 'country-in-match-report');
    return d;
  });
}
