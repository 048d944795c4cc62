import typing from '../../../knowledge/data/backbone-typing.json' with { type: 'json' };
import cues from '../../../knowledge/data/sports-team-cues.json' with { type: 'json' };
import { lookupPhrase } from '../../../knowledge/index.js';
import type { Knowledge } from '../../../knowledge/index.js';
import { articleGenre, readsAsMatchReport } from './article-genre.js';
import { hasScore, playsMatch } from './match-cues.js';
import type { DraftMention } from './span-types.js';

const SPORTS_WORDS = new Set(typing.sportsWords);
const BUSINESS_WORDS = new Set(typing.businessWords);
const TEAM_NOUNS = cues.teamNouns;
const TEAM_LEAD_WORDS = new Set(cues.teamLeadWords);
/** True when the article reads like a match report (see `readsAsMatchReport`). */
export function isSportsReport(text: string): boolean {
  return readsAsMatchReport(articleGenre(text, SPORTS_WORDS, BUSINESS_WORDS));
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
 * through its people or institutions ("the Greek authorities"). In any article, the words of its
 * sentence can make a country a side (`playsMatch`: "England beat Wales 2-1", "a match with Spain").
 */
export function nationalTeams<D extends DraftMention>(drafts: D[], text: string, knowledge: Knowledge): D[] {
  const sports = isSportsReport(text);
  const sporty = sports || hasScore(text);
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
    if (playsMatch(text, d.start, d.end, sporty))
      return team(d, d.start, d.end, d.name, 'country-plays-match');
    if (!sports) return d;
    const before = /([A-Za-z]+)\s+(?:the\s+)?$/.exec(text.slice(Math.max(0, d.start - 30), d.start))?.[1];
    if (d.kind === 'ACTOR' || (before !== undefined && TEAM_LEAD_WORDS.has(before.toLowerCase())))
      return team(d, d.start, d.end, d.name, 'country-in-match-report');
    return d;
  });
}
