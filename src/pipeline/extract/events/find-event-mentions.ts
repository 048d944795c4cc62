import type { Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import { assignRoles } from './assign-roles.js';
import type { RoleFinding, RoleScope } from './assign-roles.js';
import { findTriggers } from './find-triggers.js';
import type { TriggerHit } from './find-triggers.js';
import type { Anchor, DateMention } from './normalise-date.js';
import { findDates } from './normalise-date.js';
import { mentionsInSentence } from './sentence-mentions.js';
import type { TriggerLexicon } from './trigger-lexicon.js';
import { findPhrases, sameClause, wordBefore, wordsOf } from './words.js';

/** One trigger with its roles, place and date, as read in one sentence (before cross-sentence merging). */
export interface EventMention {
  hit: TriggerHit;
  sentence: Sentence;
  participants: RoleFinding[];
  place?: ResolvedMention;
  placeTie?: 'syntax' | 'nearby';
  date?: DateMention;
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

/**
 * Reads the event mentions of one sentence: triggers, then roles and place for each, helpers
 * ('backed by X' → SUPPORTER), and the nearest date expression. A trigger that needs conflict
 * vocabulary counts only when the sentence or the article has it; a capture needs a place.
 */
export function findEventMentions(
  text: string,
  sentence: Sentence,
  allMentions: readonly ResolvedMention[],
  lexicon: TriggerLexicon,
  anchor: Anchor | undefined,
  articleIsAboutConflict: boolean,
): EventMention[] {
  const words = wordsOf(sentence.text, sentence.start);
  const hits = findTriggers(text, words, lexicon);
  if (hits.length === 0) return [];
  const mentions = mentionsInSentence(allMentions, sentence);
  const helpers = findHelpers(text, sentence, mentions, lexicon);
  const excluded = attributionExcluded(text, sentence, mentions);
  for (const s of helpers.supporters) excluded.add(s);
  const scope: RoleScope = { text, mentions, excluded, lexicon };
  const sentenceIsAboutConflict =
    words.some((w) => lexicon.conflictContext.has(w.lower)) ||
    mentions.some((m) => m.type === 'ARMED_GROUP' || m.type === 'MILITARY');
  const dates = findDates(sentence.text, sentence.start, anchor);
  const out: EventMention[] = [];
  for (const hit of hits) {
    const { entry } = hit;
    if (
      entry.needsContext &&
      !sentenceIsAboutConflict &&
      (entry.contextInSentence || !articleIsAboutConflict)
    )
      continue;
    if (helpers.spans.some(([a, b]) => hit.start >= a && hit.start < b)) continue;
    const roles = assignRoles(scope, hit);
    if (entry.needsOfPlace && roles.placeTie !== 'syntax') continue;
    if ((entry.family === 'CONTROL' || entry.family === 'WITHDRAWAL') && roles.placeTie !== 'syntax')
      continue;
    const sufferers = roles.participants.filter((p) => p.role === 'VICTIM' || p.role === 'TARGET');
    if (
      roles.place === undefined &&
      !(['KILLING', 'ATTACK', 'AIRSTRIKE'].includes(entry.family) && sufferers.length > 0)
    )
      continue;
    // A trigger with nobody named and a place only nearby ('attacked the way the Iraq war was sold') says too little.
    if (roles.participants.length === 0 && roles.placeTie === 'nearby' && entry.family !== 'CEASEFIRE')
      continue;
    const participants = [...roles.participants];
    if (SUPPORTABLE.has(entry.family)) {
      for (const s of helpers.supporters) {
        if (!participants.some((p) => p.mention.entityId === s.entityId))
          participants.push({ mention: s, role: 'SUPPORTER', confidence: 0.65 });
      }
    }
    let confidence = hit.nominal ? 0.55 : 0.6;
    if (roles.placeTie === 'syntax') confidence += 0.1;
    if (participants.some((p) => p.role === 'AGENT')) confidence += 0.1;
    if (entry.needsContext) confidence -= 0.05;
    const date = pickDate(hit, dates, text);
    out.push({
      hit,
      sentence,
      participants,
      ...(roles.place ? { place: roles.place } : {}),
      ...(roles.placeTie ? { placeTie: roles.placeTie } : {}),
      ...(date ? { date } : {}),
      confidence: Math.min(0.9, confidence),
    });
  }
  return out;
}
