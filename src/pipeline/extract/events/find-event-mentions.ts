import type { EventCount, EventType, Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import { assignRoles } from './assign-roles.js';
import type { RoleFinding, RoleScope } from './assign-roles.js';
import { findTriggers } from './find-triggers.js';
import type { TriggerHit } from './find-triggers.js';
import type { Anchor, DateMention } from './normalise-date.js';
import { countsForTrigger, findCountsInSentence } from './find-counts.js';
import { parseRoles } from './parse-roles.js';
import type { DependencyEdge } from './parse-roles.js';
import { findDates } from './normalise-date.js';
import { mentionsInSentence } from './sentence-mentions.js';
import type { TriggerEntry, TriggerLexicon } from './trigger-lexicon.js';
import { findPhrases, sameClause, wordBefore, wordsOf } from './words.js';
import type { Word } from './words.js';

/** One trigger with its roles, place and date, as read in one sentence (before cross-sentence merging). */
export interface EventMention {
  hit: TriggerHit;
  sentence: Sentence;
  participants: RoleFinding[];
  place?: ResolvedMention;
  /** How the place was found: by syntax, only nearby, or from another event of the sentence or the text before. */
  placeTie?: 'syntax' | 'nearby' | 'context';
  date?: DateMention;
  /** Numbers that measure the event (casualties, a score, an amount). */
  counts?: EventCount[];
  /** Told as a comparison or background ('like the destruction of …'): takes no place from the article. */
  background?: boolean;
  /** The place names the event, but the event is not placed there (a background event, see mark-background.ts). */
  placeDetached?: boolean;
  confidence: number;
}

/** Families a helper ('backed by X') can help. */
const SUPPORTABLE = new Set(['CONTROL', 'OFFENSIVE', 'ATTACK', 'AIRSTRIKE', 'DESTRUCTION', 'KILLING']);
const ACCORDING_TO = /(?<![\p{L}])according\s+to\b/giu;

interface Helpers {
  supporters: ResolvedMention[];
  /** Spans of 'backed by Russian airstrikes': triggers inside them are not events of their own. */
  spans: [number, number][];
}

function findHelpers(
  text: string,
  sentence: Sentence,
  mentions: ResolvedMention[],
  lexicon: TriggerLexicon,
): Helpers {
  const supporters: ResolvedMention[] = [];
  const spans: [number, number][] = [];
  for (const cue of findPhrases(lexicon.supporterCues, sentence.text, sentence.start)) {
    let last = cue.end;
    for (const m of mentions) {
      if (m.kind !== 'ACTOR' || m.evidence.start < cue.end) continue;
      const gap = text.slice(last, m.evidence.start);
      if (m.evidence.start - last > 40 || !sameClause(text, last, m.evidence.start)) break;
      if (last !== cue.end && !/^\s*(?:,|and|, and|as well as)\s*$/.test(gap)) break;
      if (last === cue.end && wordsOf(gap).some((w) => lexicon.prepositions.has(w.lower))) break;
      supporters.push(m);
      last = m.evidence.end;
    }
    // The helper's own noun ('Russian airstrikes', 'Russian warplanes') belongs to the helper phrase;
    // a verb after it ('with the help of X retook …') does not.
    let spanEnd = last;
    for (const word of wordsOf(text.slice(last, sentence.end), last).slice(0, 2)) {
      if (!/^[\s'’s]*$/.test(text.slice(spanEnd, word.start)) || !/^\p{Ll}/u.test(word.text)) break;
      if (lexicon.byFirstWord.get(word.lower)?.some((e) => !e.nominal)) break;
      spanEnd = word.end;
    }
    spans.push([cue.start, spanEnd]);
  }
  // 'Hezbollah also helped …', 'Russian forces help to recapture …'
  const words = wordsOf(sentence.text, sentence.start);
  for (const word of words) {
    if (!lexicon.supporterVerbs.has(word.lower)) continue;
    const before = wordBefore(text, word.start, false);
    if (['the', 'a', 'an', 'its', 'their', 'his', 'her', 'of', 'with', 'for', 'without'].includes(before))
      continue;
    const left = mentions.filter((m) => m.kind === 'ACTOR' && m.evidence.end <= word.start).at(-1);
    if (!left) continue;
    const gap = text.slice(left.evidence.end, word.start);
    if (
      !/^(?:\s+(?:forces|troops|army|jets|warplanes|aircraft|also|have|has|had|greatly|reportedly))*\s+$/i.test(
        gap,
      )
    )
      continue;
    if (
      wordBefore(text, left.evidence.start) !== '' &&
      lexicon.prepositions.has(wordBefore(text, left.evidence.start))
    )
      continue;
    supporters.push(left);
  }
  return { supporters, spans };
}

function attributionExcluded(
  text: string,
  sentence: Sentence,
  mentions: ResolvedMention[],
): Set<ResolvedMention> {
  const out = new Set<ResolvedMention>();
  ACCORDING_TO.lastIndex = 0;
  for (const match of sentence.text.matchAll(ACCORDING_TO)) {
    const from = sentence.start + match.index + match[0].length;
    const comma = text.indexOf(',', from);
    const to = comma >= 0 && comma < sentence.end ? comma : sentence.end;
    for (const m of mentions) if (m.evidence.start >= from && m.evidence.end <= to) out.add(m);
  }
  return out;
}

function pickDate(hit: TriggerHit, dates: DateMention[], text: string): DateMention | undefined {
  let best: DateMention | undefined;
  let bestDistance = Infinity;
  for (const d of dates) {
    const after = d.start >= hit.phraseEnd;
    const distance = after ? d.start - hit.phraseEnd : hit.start - d.end;
    if (distance < 0) continue;
    if (hit.nominal) {
      // A nominal takes a date only from the words right after its noun phrase.
      if (!after || distance > 60 || /[,;]/.test(text.slice(hit.phraseEnd, d.start))) continue;
    } else if (distance > 120) {
      continue;
    }
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

/** Whether a sentence (or, failing that, the article) talks about armed conflict. */
export function conflictWords(text: string, lexicon: TriggerLexicon): Set<string> {
  const found = new Set<string>();
  for (const w of wordsOf(text)) if (lexicon.conflictContext.has(w.lower)) found.add(w.lower);
  return found;
}

/** What earlier sentences left for the next ones: the last tied place and the last agent of an event. */
export interface Discourse {
  place?: { mention: ResolvedMention; sentenceIndex: number };
  agent?: { mention: ResolvedMention; sentenceIndex: number };
}

/** How many sentences back a place or agent of an earlier event is still the topic. */
const DISCOURSE_REACH = 2;

/** Families whose place may come from another event of the sentence or from the sentences before. */
const PLACE_FROM_CONTEXT = new Set(['KILLING', 'AIRSTRIKE', 'ATTACK', 'OFFENSIVE', 'DESTRUCTION']);
/** Families reported without anyone named ('135 people were killed') that still count with a context place. */
const COUNT_WITHOUT_PARTICIPANTS = new Set(['KILLING', 'AIRSTRIKE']);
/** Helper nominals that are events of their own ('backed by Russian airstrikes'). */
const HELPER_EVENTS = new Set(['AIRSTRIKE', 'ATTACK', 'OFFENSIVE']);
/** A nominal trigger opened by 'during' ('during a two-week offensive'), a few modifiers allowed. */
const DURING = /\b(?:during|amid)\s+(?:the|a|an|its|their)?\s*(?:[\p{Ll}\p{N}-]+\s+){0,3}$/u;
/** How many words before a trigger a modal, conditional or negation word still governs it. */
const IRREALIS_REACH = 6;
/** 'They also beheaded …': a plural pronoun opening the sentence stands for the last agent. */
const PRONOUN_SUBJECT = /^they(?:\s+(?:also|then|later|have|had|reportedly|\p{L}+ly))*\s+$/iu;

/**
 * True when a modal, conditional, request or negation word ('will', 'if', 'asking', 'never')
 * stands shortly before the trigger in its own clause: a plan or a denial, not a reported event.
 */
export function isIrrealis(text: string, words: Word[], index: number, lexicon: TriggerLexicon): boolean {
  for (let k = index - 1; k >= Math.max(0, index - IRREALIS_REACH); k--) {
    const word = words[k]!;
    if (/[,;:()"“”—–]/.test(text.slice(word.end, words[k + 1]!.start))) return false;
    if (lexicon.irrealis.has(word.lower) || /n['’]t$/.test(word.lower) || /['’]ll$/.test(word.lower))
      return true;
  }
  return false;
}

/** `mention`'s entity, as named by other words ('they', 'the group') at `start`..`end` of `sentence`. */
function standIn(
  mention: ResolvedMention,
  sentence: Sentence,
  start: number,
  end: number,
  text: string,
): ResolvedMention {
  return {
    ...mention,
    surface: text.slice(start, end),
    evidence: {
      ...mention.evidence,
      sentenceIndex: sentence.index,
      sentence: sentence.text,
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
      start,
      end,
    },
  };
}

const STATE_SIDE = new Set(['STATE', 'GOVERNMENT_BODY', 'MILITARY']);

/** The armed group most often named before `position`, when one leads. */
function leadingGroup(mentions: readonly ResolvedMention[], position: number): ResolvedMention | undefined {
  const counts = new Map<string, { m: ResolvedMention; n: number }>();
  for (const m of mentions) {
    if (m.evidence.start >= position) break;
    if (m.kind !== 'ACTOR' || m.type !== 'ARMED_GROUP') continue;
    const c = counts.get(m.entityId) ?? { m, n: 0 };
    c.n++;
    counts.set(m.entityId, c);
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  if (ranked.length === 0 || (ranked[1] && ranked[1].n * 2 > ranked[0]!.n)) return undefined;
  return ranked[0]!.m;
}

/**
 * The agent behind a description standing as the subject right before a trigger: 'the country's
 * forces' → the country last named; 'the terrorist organization, which' → the armed group the
 * article names most (when one clearly leads).
 */
function describedSubject(
  text: string,
  sentence: Sentence,
  before: string,
  mentions: readonly ResolvedMention[],
  lexicon: TriggerLexicon,
): ResolvedMention | undefined {
  const state = lexicon.stateSubject.exec(before);
  if (state) {
    const start = sentence.start + state.index;
    // The state itself, or one of its bodies (its side is the state, see event-identity.ts).
    const country = mentions
      .filter((m) => m.evidence.end <= start && m.kind === 'ACTOR' && STATE_SIDE.has(m.type))
      .at(-1);
    return country ? standIn(country, sentence, start, start + state[1]!.length, text) : undefined;
  }
  const group = lexicon.groupSubject.exec(before);
  if (group) {
    const start = sentence.start + group.index;
    const leader = leadingGroup(mentions, start);
    return leader ? standIn(leader, sentence, start, start + group[1]!.length, text) : undefined;
  }
  return undefined;
}

interface Candidate {
  hit: TriggerHit;
  participants: RoleFinding[];
  place?: ResolvedMention;
  placeTie?: 'syntax' | 'nearby' | 'context';
  /** A place of its own was not needed (a killing or attack with someone named as its sufferer). */
  placeless: boolean;
}

/** How many sentences open an article as its lead. */
const LEAD_SENTENCES = 2;

/** How many words either side of a trigger its cue words may stand. */
const CUE_WINDOW = 8;

/** True when one of the entry's cue words stands within `CUE_WINDOW` words of the trigger at `index`. */
function cuesNear(
  entry: TriggerEntry,
  words: readonly Word[],
  index: number,
  counts: readonly EventCount[],
  mentions: readonly ResolvedMention[],
): boolean {
  const cues = entry.cues!;
  const last = index + entry.words.length - 1;
  const from = Math.max(0, index - CUE_WINDOW);
  const to = Math.min(words.length - 1, last + CUE_WINDOW);
  for (let k = from; k <= to; k++) {
    if (k >= index && k <= last) continue;
    const word = words[k]!;
    if (cues.words.has(word.lower)) return true;
    for (const phrase of cues.phrases) {
      if (phrase.every((p, j) => words[k + j]?.lower === p)) return true;
    }
  }
  const near = (start: number) => Math.abs(start - words[index]!.start) <= 120;
  if (cues.score && counts.some((c) => c.what === 'score' && near(c.start))) return true;
  if (cues.money && counts.some((c) => c.what === 'amount' && near(c.start))) return true;
  if (cues.actor) {
    const end = words[last]!.end;
    if (mentions.some((m) => m.kind === 'ACTOR' && m.evidence.start >= end && m.evidence.start - end <= 20))
      return true;
  }
  return false;
}

/** A single-word news noun counts in lower case (or opening the sentence, or in capitals): 'Bill Gates' is no bill. */
function plainNoun(words: readonly Word[], index: number): boolean {
  const word = words[index]!;
  if (index === 0 || !/^\p{Lu}/u.test(word.text)) return true;
  return word.text === word.text.toUpperCase();
}

/** How many words after a light verb an event noun takes it over ('signed a £20m deal'). */
const SUPPORT_REACH = 5;
/** How many words between a verb and a noun of the same kind make them one report ('won the election'). */
const SAME_KIND_REACH = 6;

/**
 * Drops light-verb readings followed closely by an event noun ('signed a deal', 'held talks': the noun
 * is the event, the verb gives its agent), and event nouns next to a verb of their own kind ('won the
 * election': one report, the verb's).
 */
function withoutSupportVerbs(text: string, hits: TriggerHit[]): TriggerHit[] {
  const gap = (a: TriggerHit, b: TriggerHit) =>
    a.lastWordIndex < b.wordIndex ? b.wordIndex - a.lastWordIndex : a.wordIndex - b.lastWordIndex;
  const close = (a: TriggerHit, b: TriggerHit, reach: number) =>
    gap(a, b) > 0 &&
    gap(a, b) <= reach &&
    sameClause(text, Math.min(a.end, b.end), Math.max(a.start, b.start));
  const verbs = hits.filter(
    (h) =>
      !(
        !h.nominal &&
        h.entry.support &&
        hits.some((n) => n.nominal && n.wordIndex > h.lastWordIndex && close(h, n, SUPPORT_REACH))
      ),
  );
  return verbs.filter(
    (h) =>
      !(
        h.nominal &&
        h.entry.requires !== 'legacy' &&
        verbs.some((v) => !v.nominal && v.entry.type === h.entry.type && close(v, h, SAME_KIND_REACH))
      ),
  );
}

/** Whether a news-kind trigger has what its entry requires (see `TriggerEntry.requires`). */
function meetsRequirement(
  entry: TriggerEntry,
  participants: readonly RoleFinding[],
  placeTie: 'syntax' | 'nearby' | undefined,
  hit: TriggerHit,
  dates: readonly DateMention[],
  counts: readonly EventCount[],
  text: string,
  sentenceIndex: number,
  lead: ReadonlySet<EventType>,
): boolean {
  const agent = participants.some((p) => p.role === 'AGENT');
  const target = participants.some((p) => p.role !== 'AGENT' && p.role !== 'SUPPORTER');
  switch (entry.requires) {
    case 'agent':
      return agent;
    case 'target':
      return target;
    case 'participant':
      // The lead of a news report tells its central event, often with a described subject ('The head of
      // the agency has resigned'): a verb there counts without a named actor.
      return agent || target || (!hit.nominal && sentenceIndex < LEAD_SENTENCES && lead.has(entry.type));
    case 'count':
      return countsForTrigger(text, entry.type, hit.start, hit.phraseEnd, counts).length > 0;
    default:
      return (
        agent ||
        target ||
        placeTie === 'syntax' ||
        pickDate(hit, [...dates], text)?.date !== undefined ||
        countsForTrigger(text, entry.type, hit.start, hit.phraseEnd, counts).length > 0
      );
  }
}

/**
 * Reads the event mentions of one sentence: triggers, then roles and place for each, helpers
 * ('backed by X' → SUPPORTER, and 'X airstrikes' an event of X's own), and the nearest date
 * expression. A trigger that needs conflict vocabulary counts only when the sentence or the article
 * has it; a capture needs a place; plans, conditions and denials are no events. A killing, strike,
 * attack, offensive or destruction with no place of its own takes the place of another event of
 * the sentence, or of an event in the sentences just before (`discourse`).
 */
export function findEventMentions(
  text: string,
  sentence: Sentence,
  allMentions: readonly ResolvedMention[],
  lexicon: TriggerLexicon,
  anchor: Anchor | undefined,
  articleIsAboutConflict: boolean,
  discourse: Discourse = {},
  dependencies?: readonly DependencyEdge[],
): EventMention[] {
  const words = wordsOf(sentence.text, sentence.start);
  const mentions = mentionsInSentence(allMentions, sentence);
  const sentenceIsAboutConflict =
    words.some((w) => lexicon.conflictContext.has(w.lower)) ||
    mentions.some((m) => m.type === 'ARMED_GROUP' || m.type === 'MILITARY');
  const counts = findCountsInSentence(sentence);
  const accept = (entry: TriggerEntry, index: number): boolean => {
    if (
      entry.needsContext &&
      !sentenceIsAboutConflict &&
      (entry.contextInSentence || !articleIsAboutConflict)
    )
      return false;
    if (entry.notInConflict && sentenceIsAboutConflict) return false;
    if (entry.nominal && entry.requires !== 'legacy' && !entry.capitalised && !plainNoun(words, index))
      return false;
    return entry.cues === undefined || cuesNear(entry, words, index, counts, mentions);
  };
  const hits = withoutSupportVerbs(text, findTriggers(text, words, lexicon, accept));
  if (hits.length === 0) return [];
  const helpers = findHelpers(text, sentence, mentions, lexicon);
  const excluded = attributionExcluded(text, sentence, mentions);
  for (const s of helpers.supporters) excluded.add(s);
  const scope: RoleScope = { text, mentions, excluded, lexicon };
  const dates = findDates(sentence.text, sentence.start, anchor);
  const comparisons = findPhrases(lexicon.comparisonCues, sentence.text, sentence.start);
  const recent = (index: number | undefined): boolean =>
    index !== undefined && sentence.index - index <= DISCOURSE_REACH && sentence.index > index;
  const candidates: Candidate[] = [];
  for (const hit of hits) {
    const { entry } = hit;
    if (
      entry.needsContext &&
      !sentenceIsAboutConflict &&
      (entry.contextInSentence || !articleIsAboutConflict)
    )
      continue;
    if (isIrrealis(text, words, hit.wordIndex, lexicon)) continue;
    const span = helpers.spans.find(([a, b]) => hit.start >= a && hit.start < b);
    if (span) {
      // 'backed by Russian airstrikes': the helper's strikes are an event of the helper's own.
      if (!hit.nominal || !HELPER_EVENTS.has(entry.family)) continue;
      const owners = helpers.supporters.filter(
        (m) => m.kind === 'ACTOR' && m.evidence.start >= span[0] && m.evidence.end <= hit.start,
      );
      if (owners.length === 0) continue;
      candidates.push({
        hit,
        participants: owners.map((mention) => ({ mention, role: 'AGENT' as const, confidence: 0.65 })),
        placeless: false,
      });
      continue;
    }
    const roles = assignRoles(scope, hit);
    if (dependencies && dependencies.length > 0) {
      // A parse, when there is one, names the verb's subject and object; the word rules fill the rest.
      const parsed = parseRoles(hit, dependencies, mentions);
      if (parsed.length > 0) {
        const kept = roles.participants.filter(
          (f) => !parsed.some((p) => p.mention === f.mention || p.role === f.role),
        );
        roles.participants = [...parsed, ...kept];
      }
    }
    if (entry.needsOfPlace && roles.placeTie !== 'syntax') continue;
    if ((entry.family === 'CONTROL' || entry.family === 'WITHDRAWAL') && roles.placeTie !== 'syntax')
      continue;
    const participants = [...roles.participants];
    if (
      !hit.nominal &&
      !hit.passive &&
      entry.subjectRole === 'AGENT' &&
      !participants.some((p) => p.role === 'AGENT')
    ) {
      const before = text.slice(sentence.start, hit.start);
      const pronoun = PRONOUN_SUBJECT.exec(before);
      if (pronoun && discourse.agent && recent(discourse.agent.sentenceIndex)) {
        // 'They also beheaded …': the pronoun stands for the agent of the event just before.
        const at = sentence.start + pronoun.index;
        const mention = standIn(discourse.agent.mention, sentence, at, at + 'they'.length, text);
        participants.push({ mention, role: 'AGENT', confidence: 0.55 });
      } else {
        const described = describedSubject(text, sentence, before, allMentions, lexicon);
        if (described) participants.push({ mention: described, role: 'AGENT', confidence: 0.55 });
      }
    }
    if (
      hit.nominal &&
      !participants.some((p) => p.role === 'AGENT') &&
      DURING.test(text.slice(sentence.start, hit.start))
    ) {
      // 'captured by X during a two-week offensive': the offensive is X's too.
      const main = candidates.at(-1)?.participants.find((p) => p.role === 'AGENT');
      if (main) participants.push({ ...main, confidence: 0.55 });
    }
    const sufferers = participants.filter((p) => p.role === 'VICTIM' || p.role === 'TARGET');
    const placeless =
      roles.place === undefined &&
      ['KILLING', 'ATTACK', 'AIRSTRIKE'].includes(entry.family) &&
      sufferers.length > 0;
    if (entry.requires !== 'legacy') {
      if (
        !meetsRequirement(
          entry,
          participants,
          roles.placeTie,
          hit,
          dates,
          counts,
          text,
          sentence.index,
          lexicon.leadKinds,
        )
      )
        continue;
      candidates.push({
        hit,
        participants,
        ...(roles.place ? { place: roles.place } : {}),
        ...(roles.placeTie ? { placeTie: roles.placeTie } : {}),
        placeless: true,
      });
      continue;
    }
    // A trigger with nobody named and a place only nearby ('attacked the way the Iraq war was sold') says too little.
    if (participants.length === 0 && roles.placeTie === 'nearby' && entry.family !== 'CEASEFIRE') continue;
    candidates.push({
      hit,
      participants,
      ...(roles.place ? { place: roles.place } : {}),
      ...(roles.placeTie ? { placeTie: roles.placeTie } : {}),
      placeless,
    });
  }

  const out: EventMention[] = [];
  // A sentence that names places of its own does not take one from the sentences before.
  const namesPlace = mentions.some((m) => m.kind === 'PLACE');
  for (const c of candidates) {
    const { hit } = c;
    const { entry } = hit;
    if (c.place === undefined && PLACE_FROM_CONTEXT.has(entry.family)) {
      // Another event of the same sentence, tied to its place by syntax ('backed by X airstrikes, retook Y').
      const donor = candidates
        .filter((d) => d !== c && d.placeTie === 'syntax' && d.place !== undefined)
        .sort((a, b) => Math.abs(a.hit.start - hit.start) - Math.abs(b.hit.start - hit.start))[0];
      if (donor?.place) {
        c.place = donor.place;
        c.placeTie = 'context';
      } else if (discourse.place && recent(discourse.place.sentenceIndex) && !namesPlace) {
        const named = c.participants.length > 0;
        if (named || COUNT_WITHOUT_PARTICIPANTS.has(entry.family)) {
          c.place = discourse.place.mention;
          c.placeTie = 'context';
        }
      }
    }
    if (c.place === undefined && !c.placeless) continue;
    const participants = [...c.participants];
    if (SUPPORTABLE.has(entry.family)) {
      for (const s of helpers.supporters) {
        if (!participants.some((p) => p.mention.entityId === s.entityId))
          participants.push({ mention: s, role: 'SUPPORTER', confidence: 0.65 });
      }
    }
    let confidence = hit.nominal ? 0.55 : 0.6;
    if (c.placeTie === 'syntax') confidence += 0.1;
    if (c.placeTie === 'context') confidence -= 0.05;
    if (participants.some((p) => p.role === 'AGENT')) confidence += 0.1;
    if (entry.needsContext) confidence -= 0.05;
    const date = pickDate(hit, dates, text);
    const measured = countsForTrigger(text, entry.type, hit.start, hit.phraseEnd, counts);
    // 'like the destruction of …': a comparison cue shortly before the trigger, in its clause.
    const background = comparisons.some(
      (c) => c.end <= hit.start && hit.start - c.end <= 40 && sameClause(text, c.end, hit.start),
    );
    out.push({
      hit,
      sentence,
      participants,
      ...(c.place ? { place: c.place } : {}),
      ...(c.placeTie ? { placeTie: c.placeTie } : {}),
      ...(date ? { date } : {}),
      ...(measured.length > 0 ? { counts: measured } : {}),
      ...(background ? { background } : {}),
      confidence: Math.min(0.9, confidence),
    });
  }
  return out;
}
