import type { Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import { assignRoles } from './assign-roles.js';
import type { RoleScope } from './assign-roles.js';
import { cuesNear, plainNoun } from './cues-near.js';
import { clauseSubject } from './clause-subject.js';
import { describedSubject, standIn } from './described-subject.js';
import type { Candidate, Discourse, EventMention } from './event-mention.js';
import { findCountsInSentence } from './find-counts.js';
import { attributionExcluded, findHelpers } from './find-helpers.js';
import { findTriggers } from './find-triggers.js';
import { isIrrealis } from './is-irrealis.js';
import { meetsRequirement } from './meets-requirement.js';
import { isNonEventUse } from './non-event-use.js';
import type { Anchor } from './normalise-date.js';
import { findDates } from './normalise-date.js';
import { parseRoles } from './parse-roles.js';
import type { DependencyEdge } from './parse-roles.js';
import { placeCandidates } from './place-candidates.js';
import { pronounSubject } from './pronoun-subject.js';
import { mentionsInSentence } from './sentence-mentions.js';
import type { TriggerEntry, TriggerLexicon } from './trigger-lexicon.js';
import { withoutSupportVerbs } from './without-support-verbs.js';
import { findPhrases, sameClause, wordsOf } from './words.js';

export type { Discourse, EventMention } from './event-mention.js';

/** How many sentences back a place or agent of an earlier event is still the topic. */
const DISCOURSE_REACH = 2;
/** Helper nominals that are events of their own ('backed by Russian airstrikes'). */
const HELPER_EVENTS = new Set(['AIRSTRIKE', 'ATTACK', 'OFFENSIVE']);
/** A nominal trigger opened by 'during' ('during a two-week offensive'), a few modifiers allowed. */
const DURING = /\b(?:during|amid)\s+(?:the|a|an|its|their)?\s*(?:[\p{Ll}\p{N}-]+\s+){0,3}$/u;
/** An adverbial gerund ('after winning', 'before finishing'): it has no subject of its own. */
const GERUND_ADJUNCT = /\b(?:after|before|since|while|when|despite|without|by|on)\s+$/iu;
/** 'They also beheaded …': a plural pronoun opening the sentence stands for the last agent. */
const PRONOUN_SUBJECT = /^they(?:\s+(?:also|then|later|have|had|reportedly|\p{L}+ly))*\s+$/iu;

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
  const habits = findPhrases(lexicon.habitualCues, sentence.text, sentence.start);
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
    if (isIrrealis(text, words, hit.wordIndex, lexicon) || isNonEventUse(text, sentence, words, hit))
      continue;
    if (hit.passive && entry.passiveNot && words[hit.lastWordIndex + 1]?.lower === entry.passiveNot) continue;
    // 'announces flaws every month': a habit, not an event.
    if (habits.some((c) => sameClause(text, Math.min(c.start, hit.start), Math.max(c.end, hit.end))))
      continue;
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
        const described =
          describedSubject(text, sentence, before, allMentions, lexicon) ??
          pronounSubject(
            text,
            sentence,
            hit.start,
            allMentions,
            lexicon,
            recent(discourse.agent?.sentenceIndex) ? discourse.agent?.mention : undefined,
          );
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
    if (
      !hit.nominal &&
      !participants.some((p) => p.role === 'AGENT') &&
      /ing$/i.test(words[hit.wordIndex]!.text) &&
      GERUND_ADJUNCT.test(text.slice(sentence.start, hit.start))
    ) {
      // 'X retired after finishing fourth': the gerund's subject is the main clause's.
      const main =
        candidates.at(-1)?.participants.find((p) => p.role === 'AGENT') ??
        clauseSubject(text, sentence, mentions, lexicon);
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
  return placeCandidates(candidates, {
    text,
    sentence,
    mentions,
    supporters: helpers.supporters,
    dates,
    counts,
    comparisons,
    discourse,
    lexicon,
  });
}
