import type { Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import { assignRoles } from './assign-roles.js';
import type { RoleScope } from './assign-roles.js';
import { cuesNear, plainNoun } from './cues-near.js';
import type { Candidate, Discourse, EventMention } from './event-mention.js';
import { deicticPlaceAfter } from './deictic-place.js';
import { fallbackAgent } from './fallback-agent.js';
import { findCountsInSentence } from './find-counts.js';
import { attributionExcluded, findHelpers } from './find-helpers.js';
import { findTriggers } from './find-triggers.js';
import { nearestCueReading } from './trigger-cue-distance.js';
import { partyInSlot } from './described-neighbour.js';
import { isIrrealis } from './is-irrealis.js';
import { meetsRequirement } from './meets-requirement.js';
import { pairAgentsFor } from './pair-agents.js';
import { isNamedEvent } from './named-event.js';
import { isNonEventUse } from './non-event-use.js';
import type { Anchor } from './normalise-date.js';
import { findDates } from './normalise-date.js';
import { readingFromParse } from './parse-filters.js';
import { cannotMeetRequirement } from './requirement-precheck.js';
import { parseGraph } from './parse-graph.js';
import type { ParseGraph } from './parse-graph.js';
import { withParseRoles } from './parse-roles.js';
import type { DependencyEdge } from './parse-roles.js';
import { openingScenePlace } from './opening-scene.js';
import { placeCandidates } from './place-candidates.js';
import { mentionsInSentence } from './sentence-mentions.js';
import type { TriggerEntry, TriggerLexicon } from './trigger-lexicon.js';
import { verbBefore, withoutSupportVerbs } from './without-support-verbs.js';
import { findPhrases, sameClause, wordsOf } from './words.js';

export type { Discourse, EventMention } from './event-mention.js';

/** Helper nominals that are events of their own ('backed by Russian airstrikes'). */
const HELPER_EVENTS = new Set(['AIRSTRIKE', 'ATTACK', 'OFFENSIVE']);

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
  // The sentence's mentions are read only when a trigger's gates or a trigger found ask (most sentences have none).
  let mentionsRead: ResolvedMention[] | undefined;
  const mentionsOf = () => (mentionsRead ??= mentionsInSentence(allMentions, sentence));
  // Read only when a trigger asks (most sentences have none that does).
  let aboutConflict: boolean | undefined;
  const sentenceIsAboutConflict = () =>
    (aboutConflict ??=
      words.some((w) => lexicon.conflictContext.has(w.lower)) ||
      mentionsOf().some((m) => m.type === 'ARMED_GROUP' || m.type === 'MILITARY'));
  // The number expressions are read only when a trigger asks for them (most sentences have none).
  let sentenceCounts: ReturnType<typeof findCountsInSentence> | undefined;
  const countsOf = () => (sentenceCounts ??= findCountsInSentence(sentence));
  // Whether each word passes `plainNoun`, read once per word (every reading of a word asks).
  const plain: boolean[] = [];
  const fits = (entry: TriggerEntry, index: number): boolean => {
    if (
      entry.needsContext &&
      !sentenceIsAboutConflict() &&
      (entry.contextInSentence || !articleIsAboutConflict)
    )
      return false;
    if (entry.notInConflict && sentenceIsAboutConflict()) return false;
    return !(
      entry.nominal &&
      entry.requires !== 'legacy' &&
      !entry.capitalised &&
      !(plain[index] ??= plainNoun(words, index))
    );
  };
  const accept = (entry: TriggerEntry, index: number): boolean => {
    if (!fits(entry, index)) return false;
    if (entry.cues === undefined) return true;
    if (!cuesNear(entry, words, index, countsOf, mentionsOf())) return false;
    // 'winning the manager-of-the-month award': of the cued readings of one word, the nearest cue decides.
    const readings = lexicon.byFirstWord.get(words[index]!.lower) ?? [];
    const rivalry = {
      words,
      counts: countsOf,
      mentions: mentionsOf(),
      readings,
      fits: (e: TriggerEntry) => fits(e, index),
    };
    return nearestCueReading(entry, index, rivalry);
  };
  const found = findTriggers(text, words, lexicon, accept);
  if (found.length === 0) return [];
  const hits = withoutSupportVerbs(text, found);
  if (hits.length === 0) return [];
  const mentions = mentionsOf();
  // Helpers, roles' exclusions, dates, comparisons and habits are read only when a trigger gets that far.
  let helpersRead: ReturnType<typeof findHelpers> | undefined;
  const helpersOf = () =>
    (helpersRead ??= findHelpers(text, sentence, mentions, lexicon, sentenceIsAboutConflict, words));
  let scopeRead: RoleScope | undefined;
  const scopeOf = (): RoleScope => {
    if (scopeRead) return scopeRead;
    const excluded = attributionExcluded(text, sentence, mentions);
    for (const s of helpersOf().supporters) excluded.add(s);
    return (scopeRead = { text, mentions, excluded, lexicon });
  };
  let datesRead: ReturnType<typeof findDates> | undefined;
  const datesOf = () => (datesRead ??= findDates(sentence.text, sentence.start, anchor));
  let habitsRead: ReturnType<typeof findPhrases> | undefined;
  const habitsOf = () => (habitsRead ??= findPhrases(lexicon.habitualCues, sentence.text, sentence.start));
  let graphRead: ParseGraph | undefined;
  const graphOf = () => (graphRead ??= parseGraph(dependencies ?? [], sentence.start, sentence.end));
  const candidates: Candidate[] = [];
  for (const word of hits) {
    // The parse (when the backbone read the sentence) may read the word in its other class, or as no event.
    const hit = readingFromParse(word, graphOf(), text, lexicon, accept);
    if (hit === undefined) continue;
    const { entry } = hit;
    if (
      entry.needsContext &&
      !sentenceIsAboutConflict() &&
      (entry.contextInSentence || !articleIsAboutConflict)
    )
      continue;
    // 'wants to prevent it by signing this deal': the verb whose object the noun is sets its mood.
    const carrier = verbBefore(hit, found);
    if (
      isIrrealis(text, words, hit.wordIndex, lexicon) ||
      (carrier !== undefined && isIrrealis(text, words, carrier.wordIndex, lexicon)) ||
      isNonEventUse(text, sentence, words, hit)
    )
      continue;
    if (hit.passive && entry.passiveNot && words[hit.lastWordIndex + 1]?.lower === entry.passiveNot) continue;
    // 'announces flaws every month': a habit, not an event.
    if (habitsOf().some((c) => sameClause(text, Math.min(c.start, hit.start), Math.max(c.end, hit.end))))
      continue;
    const helpers = helpersOf();
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
    // A required count, or a participant where no actor is named: without one the roles need not be read.
    const precheck = { text, words, sentence, mentions, allMentions, candidates, counts: countsOf };
    if (cannotMeetRequirement(precheck, hit)) continue;
    const roles = assignRoles(scopeOf(), hit);
    if (roles.place === undefined && hit.nominal) {
      // 'At a recent conference …, at the Royal Society in London, …': the opening scene's place.
      const scene = openingScenePlace(text, sentence, mentions, hit.phraseEnd);
      if (scene) Object.assign(roles, { place: scene, placeTie: 'syntax' as const });
    }
    // A parse, when there is one, names the arguments and the place; the word rules fill the rest.
    withParseRoles(roles, hit, graphOf(), mentions, text);
    if (entry.needsOfPlace && roles.placeTie !== 'syntax') continue;
    if ((entry.family === 'CONTROL' || entry.family === 'WITHDRAWAL') && roles.placeTie !== 'syntax')
      continue;
    const participants = [...roles.participants];
    if (!participants.some((p) => p.role === 'AGENT')) {
      const scope = { text, sentence, mentions, allMentions, lexicon, discourse, candidates };
      const found = fallbackAgent(scope, hit);
      if (found) participants.push(hit.passive && !hit.nominal ? { ...found, role: 'TARGET' } : found);
    }
    // 'Both sides agreed', 'The two presidents also agreed': the pair named before acts.
    if (!participants.some((p) => p.role === 'AGENT'))
      participants.push(...pairAgentsFor(hit, sentence, allMentions, text));
    const sufferers = participants.filter((p) => p.role === 'VICTIM' || p.role === 'TARGET');
    // 'U.S. troops fought pockets of resistance in this former militant stronghold': an attack by a
    // named side at the story's own place, told with a demonstrative instead of a name.
    const deictic =
      ['ATTACK', 'OFFENSIVE'].includes(entry.family) &&
      participants.some((p) => p.role === 'AGENT') &&
      deicticPlaceAfter(text, hit.phraseEnd, sentence.end);
    const placeless =
      roles.place === undefined &&
      ((['KILLING', 'ATTACK', 'AIRSTRIKE'].includes(entry.family) && sufferers.length > 0) || deictic);
    if (entry.requires !== 'legacy') {
      if (
        !isNamedEvent(text, hit) &&
        !meetsRequirement(
          entry,
          participants,
          roles.placeTie,
          hit,
          datesOf,
          countsOf,
          text,
          sentence.index,
          lexicon.leadKinds,
        ) &&
        !partyInSlot(text, words, hit)
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
  if (candidates.length === 0) return [];
  return placeCandidates(candidates, {
    text,
    sentence,
    mentions,
    supporters: helpersOf().supporters,
    dates: datesOf(),
    counts: countsOf(),
    comparisons: findPhrases(lexicon.comparisonCues, sentence.text, sentence.start),
    discourse,
    lexicon,
    words,
  });
}
