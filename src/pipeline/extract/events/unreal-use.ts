import cueData from '../../../knowledge/data/event-argument-cues.json' with { type: 'json' };
import type { TriggerHit } from './find-triggers.js';
import { isIrrealis } from './is-irrealis.js';
import type { TriggerLexicon } from './trigger-lexicon.js';
import { findPhrases, phrasePattern, type Word } from './words.js';

const COMPLEMENT_SUBJECTS: ReadonlySet<string> = new Set(cueData.complementSubjects);
const COMPLEMENT_KINDS: ReadonlySet<string> = new Set(cueData.complementKinds);
const CLAUSE_AUXILIARIES: ReadonlySet<string> = new Set(cueData.clauseAuxiliaries);
const MODAL_NOUNS: ReadonlySet<string> = new Set(cueData.modalNouns);
/** 'has ruled out retiring', 'refused signing' (data/event-argument-cues.json). */
const NEGATING_VERB = new RegExp(`(?:${phrasePattern(cueData.negatingVerbs).source})\\s+(?:to\\s+)?$`, 'iu');
/** How many words back a support verb may carry a noun trigger ('signing this deal'). */
const SUPPORT_REACH = 3;

/** What {@link isUnrealUse} reads: the article text, the sentence's words and the lexicon. */
export interface UnrealScope {
  text: string;
  words: readonly Word[];
  lexicon: TriggerLexicon;
}

/** 'announced it was to buy X': a subject pronoun and an auxiliary open a clause right after a news-reporting verb. */
function opensComplement(words: readonly Word[], hit: TriggerHit): boolean {
  if (hit.nominal || !COMPLEMENT_KINDS.has(hit.entry.type)) return false;
  const subject = words[hit.lastWordIndex + 1];
  const auxiliary = words[hit.lastWordIndex + 2];
  return (
    subject !== undefined &&
    auxiliary !== undefined &&
    COMPLEMENT_SUBJECTS.has(subject.lower) &&
    CLAUSE_AUXILIARIES.has(auxiliary.lower)
  );
}

/** 'the right to buy', 'favourites to take over': a modal noun, 'to', then the trigger verb. */
function modalNounInfinitive(words: readonly Word[], hit: TriggerHit): boolean {
  if (hit.nominal) return false;
  const to = words[hit.wordIndex - 1];
  const noun = words[hit.wordIndex - 2];
  return to?.lower === 'to' && noun !== undefined && MODAL_NOUNS.has(noun.lower);
}

/** 'wants to prevent it by signing this deal': the support verb of a noun trigger stands under a plan. */
function supportUnderPlan(scope: UnrealScope, hit: TriggerHit): boolean {
  const first = scope.words[Math.max(0, hit.wordIndex - SUPPORT_REACH)];
  if (!hit.nominal || first === undefined || hit.wordIndex === 0) return false;
  const cue = findPhrases(scope.lexicon.lightVerbs, scope.text.slice(first.start, hit.start), first.start).at(
    -1,
  );
  const at = cue === undefined ? -1 : scope.words.findIndex((w) => w.start === cue.start);
  return at >= 0 && isIrrealis(scope.text, [...scope.words], at, scope.lexicon);
}

/**
 * True when a trigger found in a sentence names no act that happened: the verb opens a complement
 * clause whose event is told by another trigger ('the company announced it was to buy X'); the verb
 * is the infinitive of a modal noun ('the right to buy their homes', 'favourites to take over the
 * role'); a negating verb stands right before it ('has ruled out retiring'); or the support verb of a
 * noun trigger stands under a plan or a wish ('wants to prevent it by signing this deal').
 */
export function isUnrealUse(scope: UnrealScope, hit: TriggerHit): boolean {
  if (opensComplement(scope.words, hit) || modalNounInfinitive(scope.words, hit)) return true;
  const before = scope.text.slice(Math.max(0, hit.start - 40), hit.start);
  if (NEGATING_VERB.test(before)) return true;
  return supportUnderPlan(scope, hit);
}
