import cues from '../../../knowledge/data/sports-team-cues.json' with { type: 'json' };
import { lookupPhrase } from '../../../knowledge/index.js';
import type { Knowledge } from '../../../knowledge/index.js';
import { CONFIDENCE } from './confidence.js';
import { wordClass } from '../word-classes.js';
import { isSportsReport } from './national-teams.js';
import type { DraftMention, PendingWord } from './span-types.js';

const ROLE_NOUNS = new Set(cues.clubRoleNouns);
const TEAM_NOUNS = new Set(cues.teamNouns);
const LEAD_WORDS = new Set([...cues.teamLeadWords, ...cues.clubLeadWords]);
const LEAD_NEEDS = new Map(
  Object.entries(cues.clubLeadNeeds)
    .filter(([word]) => word !== '_note')
    .map(([word, before]) => [word, new Set(before as string[])]),
);
const TEAM_VERBS = new Set(cues.teamVerbs);

/** A mention or word with the index of its sentence. */
type Located<T> = T & { sentence: number };

/** A one-word name at `[start, end)` of the text. */
interface Word {
  start: number;
  end: number;
  name: string;
}

function wordsBefore(text: string, start: number): string[] {
  return (
    text
      .slice(Math.max(0, start - 40), start)
      .toLowerCase()
      .match(/[a-z-]+/g) ?? []
  ).reverse();
}

/**
 * The words around a name make it a club in a match report: a club role after it ("Newcastle
 * striker", "Chelsea boss"), a team noun ("the Leeds side"), a team's verb ("Celtic are", "Arsenal
 * beat"), or a transfer or fixture word before it ("a move to Birmingham", "joined Celtic",
 * "against Arsenal").
 */
function cuedAsClub(text: string, word: Word, byRole = true, byVerb = true): boolean {
  const after = /^(?:'s)?\s+([A-Za-z-]+)/.exec(text.slice(word.end, word.end + 30))?.[1]?.toLowerCase();
  if (byRole && after !== undefined && (ROLE_NOUNS.has(after) || TEAM_NOUNS.has(after))) return true;
  if (byVerb && after !== undefined && TEAM_VERBS.has(after) && !/^'s/.test(text.slice(word.end)))
    return true;
  const [first, second] = wordsBefore(text, word.start);
  if (first === undefined || !LEAD_WORDS.has(first)) return false;
  const needs = LEAD_NEEDS.get(first);
  return needs === undefined || (second !== undefined && needs.has(second));
}

/** The words of the full personal names in the article ("Paula", "Radcliffe" of "Paula Radcliffe"). */
function personWords(drafts: readonly DraftMention[]): Set<string> {
  const words = new Set<string>();
  for (const d of drafts)
    if (d.kind === 'ACTOR' && d.type === 'PERSON') for (const w of d.name.split(/\s+/)) words.add(w);
  return words;
}

/**
 * An untyped word that may be a club: not a contraction ("I'm"), not a given name, not part of a
 * person's name in the article.
 */
function mayBeClub(word: string, people: Set<string>, knowledge: Knowledge, town: boolean): boolean {
  if (/['’]/.test(word) || people.has(word) || knowledge.nonEntities.has(word.toLowerCase())) return false;
  return town || wordClass(word) !== 'given-name';
}

function isClubCandidate(d: DraftMention, knowledge: Knowledge, people: Set<string>): boolean {
  if (d.name.includes(' ') || d.viaDemonym !== undefined || people.has(d.name)) return false;
  if (d.kind === 'ACTOR' && d.type === 'PERSON') return false;
  const hit = lookupPhrase(knowledge, d.name);
  if (hit !== undefined) return false;
  return d.kind === 'PLACE' ? d.type === 'CITY' || d.type === 'REGION' : d.confidence <= CONFIDENCE.listItem;
}

/**
 * In a match report, a town's name stands for its club ("Newcastle striker Craig Bellamy", "a move
 * to Birmingham", "Celtic are in no position"): once one mention of a one-word name is cued as a
 * club, every mention of it in the article is the club (a town after "in" stays the town). Words
 * left untyped ("the game against Arsenal") become clubs the same way, when they are no adjective,
 * given name or part of a person's name. Names the tables know (countries, organisations) and
 * people are left to their own rules.
 */
export function clubNames(
  drafts: Located<DraftMention>[],
  untyped: readonly Located<PendingWord>[],
  text: string,
  knowledge: Knowledge,
  isTown: (word: string) => boolean,
): Located<DraftMention>[] {
  if (!isSportsReport(text)) return drafts;
  const people = personWords(drafts);
  const candidates = new Set(drafts.filter((d) => isClubCandidate(d, knowledge, people)));
  const towns = new Set(untyped.map((w) => w.text).filter((w) => isTown(w)));
  const words = untyped.filter((w) => mayBeClub(w.text, people, knowledge, towns.has(w.text)));
  const clubs = new Set<string>();
  for (const c of candidates) if (cuedAsClub(text, c)) clubs.add(c.name);
  // An untyped word needs a fixture, transfer or verb cue: before a role noun it is as often a
  // nickname or a sport ("Magpies manager", "Athletics chairman", "Olympic star").
  // At the start of a sentence a verb proves nothing ("Fans are", "Clubs have"); an adjective
  // ("Celtic", "Olympic") needs a fixture or transfer word before it.
  // A town the gazetteer knows is cued as a drafted town is ("Chester manager", "Chester have won").
  for (const w of words) {
    const town = towns.has(w.text);
    const verbs = town || (!w.initial && wordClass(w.text) !== 'adjective');
    if (cuedAsClub(text, { ...w, name: w.text }, town, verbs)) clubs.add(w.text);
  }
  if (clubs.size === 0) return drafts;
  const inTown = (w: { start: number }): boolean => wordsBefore(text, w.start)[0] === 'in';
  const club = {
    kind: 'ACTOR',
    type: 'SPORTS_TEAM',
    titles: [] as string[],
    cue: 'club-in-match-report',
  } as const;
  const retyped = drafts.map((d) =>
    candidates.has(d) && clubs.has(d.name) && !inTown(d)
      ? { ...d, ...club, confidence: Math.max(d.confidence, CONFIDENCE.clubInMatchReport) }
      : d,
  );
  const added = words
    .filter((w) => clubs.has(w.text) && !inTown(w))
    .map((w) => ({
      start: w.start,
      end: w.end,
      sentence: w.sentence,
      name: w.text,
      ...club,
      confidence: CONFIDENCE.clubInMatchReport,
    }));
  return [...retyped, ...added];
}
