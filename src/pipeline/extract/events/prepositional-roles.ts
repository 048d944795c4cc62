import type { ParticipantRole } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import cueData from '../../../knowledge/data/event-argument-cues.json' with { type: 'json' };
import { isModifier, isPossessor } from './mention-position.js';
import type { RoleScope } from './role-scope.js';
import type { TriggerEntry } from './trigger-lexicon.js';
import { findPhrases, sameClause, wordBefore, wordsOf } from './words.js';

function start(m: ResolvedMention): number {
  return m.evidence.start;
}

const MAX_PREP_GAP = 110;

/** Mentions after `position` in the same clause, each with the preposition right before it. */
export function prepositionalAfter(
  scope: RoleScope,
  position: number,
  noComma = false,
): { m: ResolvedMention; prep: string }[] {
  const out: { m: ResolvedMention; prep: string }[] = [];
  for (const m of scope.mentions) {
    if (start(m) < position) continue;
    if (start(m) - position > MAX_PREP_GAP || !sameClause(scope.text, position, start(m))) break;
    if (noComma && scope.text.slice(position, start(m)).includes(',')) break;
    if (scope.excluded.has(m) || isModifier(scope, m)) continue;
    const before = wordBefore(scope.text, start(m));
    const prep = scope.lexicon.prepositions.has(before) ? before : possessedPreposition(scope, m);
    if (scope.lexicon.prepositions.has(prep)) out.push({ m, prep });
  }
  return out;
}

/**
 * 'to France's Nathalie Dechy': a name right after a possessor ("France's") stands in the phrase the
 * possessor's preposition opens; '' when the name follows no possessor so governed.
 */
function possessedPreposition(scope: RoleScope, m: ResolvedMention): string {
  const owner = scope.mentions.filter((x) => x.evidence.end <= start(m)).at(-1);
  if (owner === undefined || !/^['’]s?\s+$/u.test(scope.text.slice(owner.evidence.end, start(m)))) return '';
  return wordBefore(scope.text, start(owner));
}

/** The actor after 'by' that follows the trigger (passive agent), if any. */
export function byAgent(scope: RoleScope, position: number, noComma: boolean): ResolvedMention | undefined {
  for (const { m, prep } of prepositionalAfter(scope, position, noComma)) {
    if (prep === 'by' && m.kind === 'ACTOR') return m;
  }
  return undefined;
}

/** Where a support verb ('conducted', 'launched dozens of') starts, when only a few modifiers separate it from the noun. */
export function lightVerbBefore(scope: RoleScope, position: number): number | undefined {
  const from = Math.max(0, position - 60);
  const cue = findPhrases(scope.lexicon.lightVerbs, scope.text.slice(from, position), from).at(-1);
  if (cue === undefined) return undefined;
  const gap = scope.text.slice(cue.end, position);
  if (!/^\s+(?:[\p{Ll}\p{N}$£€¥][\p{L}\p{N},.%-]*\s+){0,4}$/u.test(gap) || /,\s/.test(gap)) return undefined;
  const words = wordsOf(gap);
  if (words.some((w) => w.lower !== 'of' && scope.lexicon.prepositions.has(w.lower))) return undefined;
  return cue.start;
}

/** 'with a dramatic win', 'with their third victory': 'with', a determiner and up to three modifiers. */
const WITH_ADJUNCT = /(?<![\p{L}])with\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/iu;

/** A passive right before the adjunct ('was charged with the murder'): its subject suffers, not acts. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn)\s+$/u;

/**
 * Where a 'with' adjunct opening right before a noun trigger starts ('took the title with a dramatic
 * win'), if one does and it does not follow a passive verb.
 */
export function withAdjunctBefore(text: string, position: number): number | undefined {
  const from = Math.max(0, position - 60);
  const found = WITH_ADJUNCT.exec(text.slice(from, position));
  if (!found) return undefined;
  const at = from + found.index;
  return PASSIVE_BEFORE.test(text.slice(Math.max(0, at - 40), at)) ? undefined : at;
}

/** Verbs of arriving and travelling (`data/event-argument-cues.json`, `motionVerbs`). */
const MOTION = cueData.motionVerbs.join('|');
/** 'arrives in Indonesia for a special summit', 'flew to Paris for talks': a motion verb, a few words, then 'for' and the noun's modifiers. */
const PURPOSE_ADJUNCT = new RegExp(
  `(?<![\\p{L}])(?:${MOTION})\\s+(?:[^\\s,.;:]+\\s+){0,5}?for\\s+(?:(?:a|an|the|his|her|its|their|fresh|further|new|two|three)\\s+)?(?:[\\p{L}\\p{N}-]+\\s+){0,3}$`,
  'iu',
);

/**
 * Where the motion verb of a purpose 'for' standing right before a noun trigger starts ('Straw
 * arrives in Indonesia for a special summit meeting'): the traveller takes part in the event.
 */
export function purposeAdjunctBefore(text: string, position: number): number | undefined {
  const from = Math.max(0, position - 70);
  const found = PURPOSE_ADJUNCT.exec(text.slice(from, position));
  return found ? from + found.index : undefined;
}

/**
 * Actors named as the sides of 'between X and Y' right after a trigger: the first actor after
 * 'between' and the first after the 'and' that follows it ('a deal between energy firm PDVSA and
 * Argentina's Enarsa'); a possessor ('Argentina's') only qualifies the side it owns.
 */
export function betweenParties(scope: RoleScope, position: number): ResolvedMention[] {
  const between = /^\s+between\b/.exec(scope.text.slice(position, position + 12));
  if (!between) return [];
  const from = position + between[0].length;
  const out: ResolvedMention[] = [];
  let andAt: number | undefined;
  for (const m of scope.mentions) {
    if (start(m) < from) continue;
    if (start(m) - from > 90 || !sameClause(scope.text, from, start(m))) break;
    if (out.length === 1 && andAt === undefined) {
      const and = /\band\s/.exec(scope.text.slice(out[0]!.evidence.end, start(m)));
      if (and) andAt = out[0]!.evidence.end + and.index;
    }
    if (m.kind !== 'ACTOR' || scope.excluded.has(m) || isModifier(scope, m) || isPossessor(scope, m))
      continue;
    if (out.length === 0 || (andAt !== undefined && start(m) > andAt)) out.push(m);
    if (out.length === 2) break;
  }
  return out;
}

/** Kinds whose sides may be named after 'between … and' (data/event-argument-cues.json). */
const BETWEEN_KINDS: ReadonlySet<string> = new Set(cueData.betweenKinds);

/** The sides named after 'between … and' right after a trigger of a kind with two sides; none for other kinds. */
export function betweenPartiesOf(scope: RoleScope, position: number, type: string): ResolvedMention[] {
  return BETWEEN_KINDS.has(type) ? betweenParties(scope, position) : [];
}

/** The actor right after 'under the orders of', 'at the hands of' … following the trigger. */
export function cuedAgent(scope: RoleScope, position: number): ResolvedMention | undefined {
  const window = scope.text.slice(position, position + MAX_PREP_GAP + 40);
  for (const cue of findPhrases(scope.lexicon.agentCues, window, position)) {
    if (!sameClause(scope.text, position, cue.start)) return undefined;
    const m = scope.mentions.find((x) => start(x) >= cue.end);
    if (m === undefined || m.kind !== 'ACTOR' || scope.excluded.has(m)) continue;
    const gap = scope.text.slice(cue.end, start(m));
    if (gap.length <= 40 && sameClause(scope.text, cue.end, start(m)) && !/[;]/.test(gap)) return m;
  }
  return undefined;
}

/** Nouns of losing whose 'to' or 'by' party is the winner (data/event-argument-cues.json). */
const LOSING_NOUNS: ReadonlySet<string> = new Set(cueData.losingNouns);

/** Kinds whose other party follows 'with' ('talks with X', 'a deal with X', 'drew with X'). */
const WITH_PARTY = new Set(['MEETING', 'NEGOTIATION', 'AGREEMENT', 'DEAL', 'COOPERATION', 'MATCH', 'AID']);

/**
 * The role of an actor after a preposition for a news-kind trigger: 'against X' and 'into X' (what an
 * investigation looks into) are targets, 'with X' the other party, 'over X' the side beaten, 'to X'
 * the winner when the subject lost ('lost to X', 'a loss to X'), 'for X' the club a player signs for or the firm a bid is for.
 */
export function newsPrepositionRole(
  entry: TriggerEntry,
  prep: string,
  nominal: boolean,
  word = '',
): ParticipantRole | undefined {
  if (prep === 'against') return 'TARGET';
  // 'a 6-2 loss to X', 'a defeat by X': the party after a noun of losing won.
  if ((prep === 'to' || prep === 'by') && nominal && LOSING_NOUNS.has(word)) return 'AGENT';
  if (prep === 'with' && WITH_PARTY.has(entry.type)) return 'TARGET';
  if (prep === 'over' && (entry.type === 'MATCH' || entry.type === 'ELECTION')) return 'TARGET';
  // 'the 1-0 win at Aston Villa', 'a 5-0 defeat at Shrewsbury': the team after 'at' hosted the match.
  if (prep === 'at' && nominal && entry.type === 'MATCH') return LOSING_NOUNS.has(word) ? 'AGENT' : 'TARGET';
  if (prep === 'to' && entry.subjectRole === 'TARGET' && !nominal) return 'AGENT';
  if (prep === 'into' && entry.type === 'INVESTIGATION') return 'TARGET';
  if (prep === 'for' && (entry.type === 'TRANSFER' || entry.type === 'DEAL')) return 'TARGET';
  if (prep === 'of' && nominal && entry.objectRole) return entry.objectRole;
  return undefined;
}
