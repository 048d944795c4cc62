import type { ParticipantRole } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import type { TriggerHit } from './find-triggers.js';
import type { TriggerEntry, TriggerLexicon } from './trigger-lexicon.js';
import { findPhrases, possessiveAt, sameClause, wordBefore, wordsOf } from './words.js';

/** A participant found for one trigger, before it becomes an `EventParticipant`. */
export interface RoleFinding {
  mention: ResolvedMention;
  role: ParticipantRole;
  confidence: number;
}

/** Participants and place of one trigger. */
export interface HitRoles {
  participants: RoleFinding[];
  place?: ResolvedMention;
  /** How the place was found: tied to the trigger by syntax, or only nearby in the sentence. */
  placeTie?: 'syntax' | 'nearby';
}

/** What the role rules need to know about the sentence. */
export interface RoleScope {
  /** The article text all offsets refer to. */
  text: string;
  /** Mentions of the sentence in text order, overlaps removed. */
  mentions: ResolvedMention[];
  /** Mentions that cannot be agents or targets: helpers ('backed by X') and sources ('according to X'). */
  excluded: Set<ResolvedMention>;
  lexicon: TriggerLexicon;
}

const MAX_SUBJECT_GAP = 120;
const MAX_OBJECT_GAP = 45;
const MAX_PREP_GAP = 110;

function start(m: ResolvedMention): number {
  return m.evidence.start;
}
function end(m: ResolvedMention): number {
  return m.evidence.end;
}

/** Mentions joined to `m` by 'and', ',' or 'together with', walking left or right. */
export function coordinated(scope: RoleScope, m: ResolvedMention, direction: -1 | 1): ResolvedMention[] {
  const list = scope.mentions;
  const out: ResolvedMention[] = [];
  let index = list.indexOf(m);
  let current = m;
  for (;;) {
    index += direction;
    const next = list[index];
    if (next === undefined || next.kind !== m.kind) break;
    const gap =
      direction < 0
        ? scope.text.slice(end(next), start(current))
        : scope.text.slice(end(current), start(next));
    const gapWords = gap
      .replace(/['’]s\b/g, '')
      .trim()
      .toLowerCase();
    if (!/^(?:,|and|, and|together with|along with|as well as|&)(?:\s+the)?$/.test(gapWords)) break;
    // ', the …' is an apposition or a new clause, not a list; sources and helpers never join.
    if (/^,\s+the$/.test(gapWords) || scope.excluded.has(next)) break;
    out.push(next);
    current = next;
  }
  return out;
}

/** Words that are prepositions or clause openers ('after Syrian forces recaptured …'). */
const CONJUNCTIONS = new Set(['after', 'before', 'since', 'until', 'as', 'when', 'while', 'once']);

function isPreposed(scope: RoleScope, m: ResolvedMention, headOf?: number): boolean {
  const word = wordBefore(scope.text, start(m));
  if (!scope.lexicon.prepositions.has(word)) return false;
  if (word === 'of' && headOf !== undefined && isPartitive(scope, m)) return false;
  if (headOf !== undefined && CONJUNCTIONS.has(word)) {
    // 'after Syrian government forces recaptured': the conjunction opens the trigger's own clause.
    const gap = scope.text.slice(end(m), headOf);
    if (gap.length <= 30 && !/,/.test(gap)) return false;
  }
  return true;
}

/** 'hundreds of Red Brigade fighters', 'dozens of Northlandic troops': the 'of' follows a quantity, at a clause start. */
function isPartitive(scope: RoleScope, m: ResolvedMention): boolean {
  const before = scope.text.slice(Math.max(0, start(m) - 40), start(m));
  const match =
    /(?:^|[,;]\s*|\b(?:and|but|after|when|as|while)\s+|^\s*)(?:the\s+)?([\p{L}\d,]+)\s+of\s+(?:the\s+)?$/u.exec(
      before,
    );
  if (!match) return false;
  const quantity = match[1]!.toLowerCase();
  return scope.lexicon.quantityWords.has(quantity) || /^\d[\d,]*$/.test(quantity);
}

/** 'U.S.-backed rebels', 'Iranian-supported militias': the actor only modifies another noun. */
function isModifier(scope: RoleScope, m: ResolvedMention): boolean {
  return /^-(?:backed|supported|funded|armed|trained|allied)\b/.test(scope.text.slice(end(m), end(m) + 12));
}

/** A mention that is the possessor of a following noun ('Syria's general command'), not a head. */
function isPossessor(scope: RoleScope, m: ResolvedMention): boolean {
  return possessiveAt(scope.text, end(m)) || /['’]s$/.test(m.surface);
}

const RELATIVE = /\b(?:which|who|whose)\b/g;
/** Words that open a relative clause between a trigger and a later noun. */
const RELATIVE_OPENER = /\b(?:that|which|who|whom|whose|where)\b/;
/** 'beheaded the former head of antiquities, Omar Hale': a description, then the name. */
const APPOSITION_GAP = /^\s+(?:the|a|an|his|her|its|their)\s+[^,.;:]{1,60},\s*$/u;

/**
 * The nearest subject to the left of `position` in the same clause. A relative pronoun between
 * them ('the tidal wave which killed') means the subject is that pronoun's own noun, unless it
 * follows the mention directly ('Syrian forces, which …'). For a passive, the subject must stand
 * close to the verb or be followed by an apposition ('Palmyra, an ancient city …, was captured').
 */
function subjectBefore(
  scope: RoleScope,
  position: number,
  allowPlace: boolean,
  passive = false,
): ResolvedMention | undefined {
  for (let i = scope.mentions.length - 1; i >= 0; i--) {
    const m = scope.mentions[i]!;
    if (end(m) > position) continue;
    if (position - end(m) > MAX_SUBJECT_GAP || !sameClause(scope.text, end(m), position)) return undefined;
    if (scope.excluded.has(m) || isModifier(scope, m) || isPreposed(scope, m, position)) continue;
    if (m.kind === 'PLACE' && !allowPlace) continue;
    const gap = scope.text.slice(end(m), position);
    const relatives = [...gap.matchAll(RELATIVE)];
    const relative = relatives.at(-1);
    if (relative && !/^\s*,?\s*$/.test(gap.slice(0, relative.index))) return undefined;
    if (relative?.[0] === 'whose') return undefined;
    if (passive && gap.length > 60 && !/^\s*,/.test(gap)) return undefined;
    return m;
  }
  return undefined;
}

/** The first mention after `position`, when only a few words (no comma) stand between. */
function objectAfter(
  scope: RoleScope,
  position: number,
  maxGap = MAX_OBJECT_GAP,
): ResolvedMention | undefined {
  const m = scope.mentions.find((x) => start(x) >= position);
  if (m === undefined || start(m) - position > maxGap) return undefined;
  const gap = scope.text.slice(position, start(m));
  if (/[,]/.test(gap) || !sameClause(scope.text, position, start(m))) return undefined;
  const words = wordsOf(gap);
  // A preposition other than 'of' inside the gap means the mention is not the object.
  if (words.some((w) => w.lower !== 'of' && scope.lexicon.prepositions.has(w.lower))) return undefined;
  // 'attacked the way the Iraq war …': a second article starts another noun phrase.
  if (
    words.filter((w) => ['the', 'a', 'an'].includes(w.lower)).length >= 2 &&
    !words.some((w) => w.lower === 'of')
  )
    return undefined;
  if (scope.excluded.has(m)) return undefined;
  return m;
}

/** Mentions after `position` in the same clause, each with the preposition right before it. */
function prepositionalAfter(
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
    const prep = wordBefore(scope.text, start(m));
    if (scope.lexicon.prepositions.has(prep)) out.push({ m, prep });
  }
  return out;
}

/** The actor after 'by' that follows the trigger (passive agent), if any. */
function byAgent(scope: RoleScope, position: number, noComma: boolean): ResolvedMention | undefined {
  for (const { m, prep } of prepositionalAfter(scope, position, noComma)) {
    if (prep === 'by' && m.kind === 'ACTOR') return m;
  }
  return undefined;
}

/** A named person standing in apposition to the object ('killed the mayor of the town, Omar Hale'). */
function appositionAfter(scope: RoleScope, position: number): ResolvedMention | undefined {
  const m = scope.mentions.find((x) => start(x) >= position);
  if (m === undefined || m.type !== 'PERSON' || scope.excluded.has(m)) return undefined;
  const gap = scope.text.slice(position, start(m));
  if (!sameClause(scope.text, position, start(m)) || !APPOSITION_GAP.test(gap)) return undefined;
  return m;
}

/** Where a support verb ('conducted', 'launched dozens of') starts, when only a few modifiers separate it from the noun. */
function lightVerbBefore(scope: RoleScope, position: number): number | undefined {
  const from = Math.max(0, position - 60);
  const cue = findPhrases(scope.lexicon.lightVerbs, scope.text.slice(from, position), from).at(-1);
  if (cue === undefined) return undefined;
  const gap = scope.text.slice(cue.end, position);
  if (!/^\s+(?:[\p{Ll}\p{N}][\p{L}\p{N},.-]*\s+){0,4}$/u.test(gap) || /,\s/.test(gap)) return undefined;
  const words = wordsOf(gap);
  if (words.some((w) => w.lower !== 'of' && scope.lexicon.prepositions.has(w.lower))) return undefined;
  return cue.start;
}

/** Actors named as the sides of 'between X and Y' right after a trigger (each after 'between' or 'and'). */
function betweenParties(scope: RoleScope, position: number): ResolvedMention[] {
  const between = /^\s+between\b/.exec(scope.text.slice(position, position + 12));
  if (!between) return [];
  const from = position + between[0].length;
  const out: ResolvedMention[] = [];
  for (const m of scope.mentions) {
    if (start(m) < from) continue;
    if (start(m) - from > 90 || !sameClause(scope.text, from, start(m))) break;
    if (m.kind !== 'ACTOR' || scope.excluded.has(m) || isModifier(scope, m)) continue;
    const word = wordBefore(scope.text, start(m));
    if (start(m) === from + 1 || word === 'and') out.push(m);
    if (out.length === 2) break;
  }
  return out;
}

/** The actor right after 'under the orders of', 'at the hands of' … following the trigger. */
function cuedAgent(scope: RoleScope, position: number): ResolvedMention | undefined {
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

function push(
  findings: RoleFinding[],
  scope: RoleScope,
  m: ResolvedMention,
  role: ParticipantRole,
  confidence: number,
  direction: -1 | 1,
): void {
  for (const x of [m, ...coordinated(scope, m, direction)]) {
    if (x.kind !== 'ACTOR') continue;
    if (!findings.some((f) => f.mention === x)) findings.push({ mention: x, role, confidence });
  }
}

function preferSite(place: ResolvedMention | undefined, other: ResolvedMention): ResolvedMention {
  return place ?? other;
}

/** Kinds whose other party follows 'with' ('talks with X', 'a deal with X', 'drew with X'). */
const WITH_PARTY = new Set(['MEETING', 'NEGOTIATION', 'AGREEMENT', 'DEAL', 'COOPERATION', 'MATCH', 'AID']);

/**
 * The role of an actor after a preposition for a news-kind trigger: 'against X' and 'into X' (what an
 * investigation looks into) are targets, 'with X' the other party, 'over X' the side beaten, 'to X'
 * the winner when the subject lost ('lost to X'), 'for X' the club a player signs for.
 */
export function newsPrepositionRole(
  entry: TriggerEntry,
  prep: string,
  nominal: boolean,
): ParticipantRole | undefined {
  if (prep === 'against') return 'TARGET';
  if (prep === 'with' && WITH_PARTY.has(entry.type)) return 'TARGET';
  if (prep === 'over' && (entry.type === 'MATCH' || entry.type === 'ELECTION')) return 'TARGET';
  if (prep === 'to' && entry.subjectRole === 'TARGET' && !nominal) return 'AGENT';
  if (prep === 'into' && entry.type === 'INVESTIGATION') return 'TARGET';
  if (prep === 'for' && entry.type === 'TRANSFER') return 'TARGET';
  if (prep === 'of' && nominal && entry.objectRole) return entry.objectRole;
  return undefined;
}

/**
 * Finds the participants and the place of one trigger from the resolved mentions around it:
 * the subject (AGENT, or TARGET for 'lost'), the object (place, or VICTIM/TARGET), 'by X' in
 * passives and nominalisations, 'from X' (the side that lost a place), 'X's capture of', and
 * adjectival actors ('Russian airstrikes').
 */
export function assignRoles(scope: RoleScope, hit: TriggerHit): HitRoles {
  const { entry } = hit;
  const findings: RoleFinding[] = [];
  let place: ResolvedMention | undefined;
  let placeTie: 'syntax' | 'nearby' | undefined;
  const after = hit.phraseEnd;
  const control = entry.family === 'CONTROL';
  const agentByPhrase = byAgent(scope, after, hit.nominal);
  const perfect = ['has', 'have', 'had', 'having'].includes(wordBefore(scope.text, hit.start, false));
  const passive =
    hit.passive || (!hit.nominal && !perfect && entry.participle && agentByPhrase !== undefined);

  if (hit.nominal) {
    // 'X's capture of …', 'Russian airstrikes', 'the Syrian offensive'
    const left = scope.mentions.filter((m) => end(m) <= hit.start).at(-1);
    if (left && !scope.excluded.has(left)) {
      const gap = scope.text.slice(end(left), hit.start);
      const adjacent =
        /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap) &&
        // 'Abbas said such attacks': a determiner starts another noun phrase.
        !/\b(?:of|and|in|on|at|from|to|such|the|a|an|these|those|this|that|some|any)\b/.test(gap);
      if (adjacent && left.kind === 'PLACE') {
        place = left;
        placeTie = 'syntax';
      } else if (adjacent && left.kind === 'ACTOR' && !isPreposed(scope, left)) {
        push(findings, scope, left, 'AGENT', 0.7, -1);
      }
    }
    const object = objectAfter(scope, after, 50);
    if (object && /^\s*(?:of|on|against|in)\b/.test(scope.text.slice(after, start(object)))) {
      if (object.kind === 'PLACE') {
        place = preferSite(place, object);
        placeTie = 'syntax';
      } else if (entry.objectRole) {
        push(findings, scope, object, entry.objectRole, 0.7, 1);
      }
    } else if (object && object.kind === 'PLACE' && /^\s*$/.test(scope.text.slice(after, start(object)))) {
      // gerund with a direct object: 'regaining Palmyra'
      place = preferSite(place, object);
      placeTie = 'syntax';
    }
    if (agentByPhrase) push(findings, scope, agentByPhrase, 'AGENT', 0.75, 1);
    if (
      !findings.some((f) => f.role === 'AGENT') &&
      ['their', 'its', 'his', 'her'].includes(wordBefore(scope.text, hit.start, false))
    ) {
      // 'The Syrian Army … have continued their offensive': the owner is the clause subject.
      const owner = subjectBefore(scope, hit.start, false);
      if (owner) push(findings, scope, owner, 'AGENT', 0.6, -1);
    }
    if (!findings.some((f) => f.role === 'AGENT')) {
      // 'The Northland Army conducted 23 strikes': the subject of the support verb acts.
      const verb = lightVerbBefore(scope, hit.start);
      const subject = verb === undefined ? undefined : subjectBefore(scope, verb, false);
      if (subject) push(findings, scope, subject, 'AGENT', 0.65, -1);
    }
  } else if (passive) {
    const subject = subjectBefore(scope, hit.start, true, true);
    if (subject?.kind === 'PLACE') {
      place = subject;
      placeTie = 'syntax';
    } else if (subject && entry.objectRole) {
      push(findings, scope, subject, entry.objectRole, 0.7, -1);
    } else if (subject && control && entry.particle) {
      push(findings, scope, subject, 'TARGET', 0.65, -1);
    }
    if (agentByPhrase) push(findings, scope, agentByPhrase, 'AGENT', 0.8, 1);
  } else {
    const subject = subjectBefore(scope, hit.start, entry.subjectIsPlace);
    if (subject?.kind === 'PLACE') {
      place = subject;
      placeTie = 'syntax';
    } else if (subject) {
      push(findings, scope, subject, entry.subjectRole, 0.75, -1);
    }
    const objectStart = hit.gap ? hit.gap.start : after;
    let object = objectAfter(scope, objectStart);
    if (object && entry.needsPlaceObject) {
      // 'took the ancient city of X', not 'lost voters' trust because of the X war'.
      const gap = scope.text.slice(objectStart, start(object));
      if (wordsOf(gap).length > 4 || /['’]/.test(gap)) object = undefined;
    }
    if (object?.kind === 'PLACE') {
      place = object;
      placeTie = 'syntax';
    } else if (object && entry.objectRole) {
      push(findings, scope, object, entry.objectRole, 0.75, 1);
    } else if (object === undefined && entry.objectRole === 'VICTIM') {
      const named = appositionAfter(scope, objectStart);
      if (named) push(findings, scope, named, 'VICTIM', 0.7, 1);
    }
  }

  if (entry.needsPlaceObject && placeTie !== 'syntax') return { participants: [] };
  // 'took the UK to war', 'took Britain into Europe': the place is not taken.
  if (
    entry.needsPlaceObject &&
    entry.subjectRole === 'AGENT' &&
    place &&
    /^\s+(?:to|into)\b/.test(scope.text.slice(end(place), end(place) + 6))
  ) {
    return { participants: [] };
  }

  for (const { m, prep } of prepositionalAfter(scope, hit.gap ? hit.gap.start : after, hit.nominal)) {
    if (findings.some((f) => f.mention === m) || m === place) continue;
    if (m.kind === 'PLACE') {
      // 'treasures that date back to the Silk Road': a place inside a relative clause is not the event's.
      if (RELATIVE_OPENER.test(scope.text.slice(hit.phraseEnd, start(m)))) continue;
      // A place changes hands only as the object ('took X', 'the capture of X', 'took control over X');
      // 'recapturing his title in Helsinki' is not a capture of Helsinki.
      const placePreps = control
        ? hit.nominal || entry.particle === 'control' || entry.particle === 'over'
          ? ['of', 'over']
          : entry.particle === 'out' || entry.needsPrep === 'of'
            ? ['of', 'from']
            : []
        : entry.family === 'WITHDRAWAL'
          ? ['from', 'of']
          : [
              'of',
              'in',
              'from',
              'at',
              'into',
              'near',
              'on',
              'over',
              'around',
              'across',
              'throughout',
              'within',
            ];
      if (place === undefined && placePreps.includes(prep)) {
        place = m;
        placeTie = 'syntax';
      }
      continue;
    }
    if (isPossessor(scope, m) && prep !== 'of') continue;
    const subjectLost = entry.subjectRole === 'TARGET' || entry.subjectIsPlace;
    if (entry.type === 'CEASEFIRE' && ['between', 'with'].includes(prep)) {
      push(findings, scope, m, 'AGENT', 0.6, 1);
    } else if (control && subjectLost && (prep === 'to' || prep === 'from')) {
      push(findings, scope, m, 'AGENT', 0.65, 1);
    } else if (
      control &&
      (prep === 'from' || prep === 'under' || (prep === 'of' && entry.needsPrep === 'of'))
    ) {
      push(findings, scope, m, 'TARGET', 0.7, 1);
    } else if (hit.nominal && (entry.type === 'OFFENSIVE' || entry.type === 'ATTACK') && prep === 'from') {
      push(findings, scope, m, 'AGENT', 0.6, 1);
    } else if (
      (entry.type === 'ATTACK' || entry.type === 'AIRSTRIKE' || entry.type === 'OFFENSIVE') &&
      ['against', 'on'].includes(prep)
    ) {
      push(findings, scope, m, 'TARGET', 0.65, 1);
    } else if (entry.requires !== 'legacy') {
      const role = newsPrepositionRole(entry, prep, hit.nominal);
      if (role) push(findings, scope, m, role, 0.6, 1);
    }
  }

  if (entry.type === 'CEASEFIRE') {
    // 'a truce between U.S.-backed rebels and the Northland Army': each side named after 'between … and'.
    for (const m of betweenParties(scope, hit.phraseEnd)) push(findings, scope, m, 'AGENT', 0.6, 1);
  }

  if (!findings.some((f) => f.role === 'AGENT')) {
    const agent = cuedAgent(scope, hit.phraseEnd);
    if (agent) push(findings, scope, agent, 'AGENT', 0.65, 1);
  }

  if (place === undefined && !control) {
    // Not tied by syntax: the nearest place in the same clause, either side.
    let best: ResolvedMention | undefined;
    let bestDistance = Infinity;
    for (const m of scope.mentions) {
      if (m.kind !== 'PLACE' || scope.excluded.has(m)) continue;
      const distance = start(m) >= after ? start(m) - after : hit.start - end(m);
      if (distance < 0 || distance > 80) continue;
      const [a, b] = start(m) >= after ? [after, start(m)] : [end(m), hit.start];
      if (!sameClause(scope.text, a, b) || scope.text.slice(a, b).includes(',')) continue;
      if (start(m) >= after && RELATIVE_OPENER.test(scope.text.slice(a, b))) continue;
      if (distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
    if (best) {
      place = best;
      placeTie = 'nearby';
    }
  }
  return { participants: findings, ...(place ? { place, placeTie: placeTie ?? 'nearby' } : {}) };
}
