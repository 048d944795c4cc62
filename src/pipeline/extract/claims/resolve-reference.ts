import type { ActorType } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import { sentenceAt } from '../events/sentence-mentions.js';
import { possessiveAt, wordsOf } from '../events/words.js';
import type { ClaimScope } from './claim-scope.js';
import { clauseRole } from './clause-role.js';
import { inPrepositionalPhrase, inRelativeClause, insideQuote } from './mention-position.js';

/** What a speaker reference can stand for: a person (of a gender, or any), or a group (of a kind, or any). */
export type ReferenceWant =
  | { person: true; gender?: 'male' | 'female' }
  | { person: false; type?: ActorType; plural?: boolean; noun?: boolean; general?: boolean };

/** A speaker already found before this point of the article: the current speaker keeps the floor. */
export interface SpeakerEvent {
  mention: ResolvedMention;
  /** Offset of the reporting verb. */
  at: number;
  /** The speaker is a person (a named one, or an unnamed spokesman standing for `mention`). */
  person: boolean;
  gender?: 'male' | 'female';
  /** The verb stands inside what an earlier speaker of its sentence reported ('X said that when Y announced …'). */
  embedded?: boolean;
}

/** How far back the current speaker is looked for, in sentences. */
const SPEAKER_REACH = 8;

function titledGender(scope: ClaimScope, m: ResolvedMention): 'male' | 'female' | undefined {
  const titles = m.titles.map((t) => t.toLowerCase().replace(/\.$/, ''));
  if (titles.some((t) => scope.lexicon.reference.femaleTitles.has(t))) return 'female';
  if (titles.some((t) => scope.lexicon.reference.maleTitles.has(t))) return 'male';
  return undefined;
}

function fitsGroup(want: ReferenceWant & { person: false }, m: ResolvedMention): boolean {
  if (m.type === 'PERSON') return false;
  if (want.type === undefined || want.type === m.type) return true;
  // 'the group said', 'the organisation said': a general head names a group of any kind but a state.
  if (want.general) return m.type !== 'STATE';
  // 'the firm' for an organisation the typing left general; 'the government' for its state.
  if (m.type === 'ORGANISATION') return LOOSE_GROUP_TYPES.has(want.type);
  return want.type === 'GOVERNMENT_BODY' && m.type === 'STATE';
}

/** Kinds of group a general ORGANISATION may turn out to be ('the firm', 'the club', 'the party'). */
const LOOSE_GROUP_TYPES = new Set<ActorType>(['COMPANY', 'SPORTS_TEAM', 'MEDIA', 'ORGANISATION']);

/** True when a mention can be what the reference stands for. */
export function compatible(
  scope: ClaimScope,
  want: ReferenceWant,
  m: ResolvedMention,
  person = false,
  known?: 'male' | 'female',
): boolean {
  if (m.kind !== 'ACTOR') return false;
  if (!want.person) return fitsGroup(want, m);
  if (m.type !== 'PERSON' && !person) return false;
  const gender = known ?? (m.type === 'PERSON' ? titledGender(scope, m) : undefined);
  return want.gender === undefined || gender === undefined || gender === want.gender;
}

/** The nearest earlier compatible actor in subject position, from `floor` on. */
function nearestSubject(
  scope: ClaimScope,
  want: ReferenceWant,
  position: number,
  floor: number,
  allowPreposed: boolean,
  skip?: { start: number; end: number },
): ResolvedMention | undefined {
  const quoted = insideQuote(scope, position);
  for (let i = scope.mentions.length - 1; i >= 0; i--) {
    const m = scope.mentions[i]!;
    if (m.evidence.end > position) continue;
    if (skip && m.evidence.start >= skip.start && m.evidence.end <= skip.end) continue;
    if (m.evidence.start < floor) break;
    const pair = !want.person && want.plural ? coordinatedPerson(scope, i) : undefined;
    if (pair) return pair;
    if (!compatible(scope, want, m)) continue;
    if (insideQuote(scope, m.evidence.start) && !quoted) continue;
    if (!allowPreposed && !inSubjectPosition(scope, m)) continue;
    return m;
  }
  return undefined;
}

/** A subject, not a possessive ("Cash's career"), a prepositional phrase or a relative clause on another noun. */
function inSubjectPosition(scope: ClaimScope, m: ResolvedMention): boolean {
  if (possessiveAt(scope.text, m.evidence.end)) return false;
  if (inPrepositionalPhrase(scope, m, true) || inRelativeClause(scope, m)) return false;
  return clauseRole(scope, m) === 'subject' && !reportedSubject(scope, m);
}

/** 'X said Mr Blair had …': the subject of reported content is what a speaker spoke of, not a speaker. */
function reportedSubject(scope: ClaimScope, m: ResolvedMention): boolean {
  const from = Math.max(m.evidence.sentenceStart, m.evidence.start - 40);
  const before = wordsOf(scope.text.slice(from, m.evidence.start), from).slice(-2);
  const last = before.at(-1);
  const verb = last?.lower === 'that' ? before.at(-2) : last;
  return verb !== undefined && scope.lexicon.verbKind.has(verb.lower);
}

/** 'X and Y ruled that … They said': 'they' for two people named together; the first holds it. */
function coordinatedPerson(scope: ClaimScope, i: number): ResolvedMention | undefined {
  const m = scope.mentions[i]!;
  const before = scope.mentions[i - 1];
  if (m.type !== 'PERSON' || before?.type !== 'PERSON') return undefined;
  return /^\s+and\s+$/.test(scope.text.slice(before.evidence.end, m.evidence.start)) ? before : undefined;
}

/**
 * 'But Mr Blair had been hurt, he added.': a pronoun that opens a trailing attribution (after a comma,
 * a reporting verb, then the sentence end or another comma: 'Mr Blair has failed, he claimed, saying …') does not stand for a name in the content before it (binding
 * Principle C, Chomsky 1981): that content is skipped as an antecedent.
 */
function trailingContent(scope: ClaimScope, position: number): { start: number; end: number } | undefined {
  const sentence = sentenceAt(scope.sentences, position);
  if (!sentence || !/,\s*$/.test(scope.text.slice(sentence.start, position))) return undefined;
  const after = wordsOf(scope.text.slice(position, sentence.end), position);
  const verb = after.slice(1, 3).find((w) => scope.lexicon.verbKind.has(w.lower));
  if (!verb) return undefined;
  const rest = scope.text.slice(verb.end, sentence.end);
  // Ends the sentence ('…, he added.'), or stands between commas ('…, he said, urging …').
  if (!(/^[^,;:]{0,80}$/.test(rest) || /^[^,;:]{0,40},/.test(rest))) return undefined;
  return { start: sentence.start, end: position };
}

function sentenceFloor(scope: ClaimScope, position: number, back: number): number {
  const here = sentenceAt(scope.sentences, position);
  return here ? (scope.sentences[Math.max(0, here.index - back)]?.start ?? here.start) : 0;
}

/** The latest speaker before `position`, within reach, that the reference can stand for. */
function currentSpeaker(scope: ClaimScope, want: ReferenceWant, position: number): SpeakerEvent | undefined {
  const floor = sentenceFloor(scope, position, SPEAKER_REACH);
  const history = scope.history ?? [];
  let loose: SpeakerEvent | undefined;
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (e.at >= position) continue;
    if (e.at < floor) break;
    if (e.embedded || !compatible(scope, want, e.mention, e.person, e.gender)) continue;
    // 'the search giant said': a speaker typed as that kind outranks a newer one the typing left general.
    if (want.person || want.type === undefined || want.general || e.mention.type === want.type) return e;
    loose ??= e;
  }
  return loose;
}

/**
 * True when a subject named after the current speaker takes the floor from it. A subject inside the
 * content the current speaker reported ('X said that when Y announced Z was going, …') is embedded in
 * X's statement and ranks below X, the main-clause subject (Grosz, Joshi & Weinstein 1995, Centering:
 * subjects of main clauses are the preferred centres); a subject of a later sentence outranks it.
 */
function outranks(scope: ClaimScope, near: ResolvedMention, current: SpeakerEvent): boolean {
  if (near.evidence.start <= current.mention.evidence.start) return false;
  const said = sentenceAt(scope.sentences, current.at);
  return !(said && near.evidence.start > current.at && near.evidence.start < said.end);
}

/**
 * The actor a pronoun or a noun-phrase speaker stands for ('he said', 'it added', 'the firm said').
 * A compatible actor in subject position in the same or the previous sentence wins when it is newer
 * than the current speaker (the latest speaker within eight sentences that fits); else the current
 * speaker keeps the floor; else the nearest compatible subject up to three sentences back, and for a
 * group, an actor in a prepositional phrase of the same sentence ('Shares in X fell after it said').
 */
export function resolveReference(
  scope: ClaimScope,
  want: ReferenceWant,
  position: number,
): { mention: ResolvedMention; person: boolean; gender?: 'male' | 'female' } | undefined {
  const skip = trailingContent(scope, position);
  const near = nearestSubject(scope, want, position, sentenceFloor(scope, position, 1), false, skip);
  const current = currentSpeaker(scope, want, position);
  const gender = want.person ? want.gender : undefined;
  const asPerson = (m: ResolvedMention) => ({
    mention: m,
    person: want.person || m.type === 'PERSON',
    ...(gender ? { gender } : {}),
  });
  if (near && (!current || outranks(scope, near, current))) return asPerson(near);
  if (current) {
    const known = current.gender ?? gender;
    return { mention: current.mention, person: current.person, ...(known ? { gender: known } : {}) };
  }
  const wider = nearestSubject(scope, want, position, sentenceFloor(scope, position, 3), false, skip);
  if (wider) return asPerson(wider);
  if (want.person) return undefined;
  const preposed = nearestSubject(scope, want, position, sentenceFloor(scope, position, 0), true, skip);
  if (preposed) return asPerson(preposed);
  // 'the magazine said' five sentences after 'by US magazine Mobile PC': a definite noun phrase of a
  // kind reaches back through the article to the last actor of that kind (Vieira & Poesio 2000).
  const named = want.noun && want.type ? nearestSubject(scope, want, position, 0, true, skip) : undefined;
  return named ? asPerson(named) : undefined;
}

/** What a pronoun can stand for, or undefined for a word that is not a speaker pronoun. */
export function pronounWant(scope: ClaimScope, word: string): ReferenceWant | undefined {
  const ref = scope.lexicon.reference;
  if (ref.malePronouns.has(word)) return { person: true, gender: 'male' };
  if (ref.femalePronouns.has(word)) return { person: true, gender: 'female' };
  if (scope.lexicon.personPronouns.has(word)) return { person: true };
  if (scope.lexicon.groupPronouns.has(word)) return { person: false, plural: word !== 'it' };
  return undefined;
}
