import nlp from 'compromise';
import type { ResolvedMention } from '../context.js';
import { wordsOf } from '../events/words.js';
import type { Word } from '../events/words.js';
import type { ClaimScope } from './claim-scope.js';

/** Where a noun phrase stands in its clause: its subject, an object of a verb, or inside a prepositional phrase. */
export type ClauseRole = 'subject' | 'object' | 'oblique';

let lexicon: Record<string, string | string[]> | undefined;

/** True when compromise's English lexicon (inflected forms included) lists the word as a verb form. */
export function verbForm(scope: ClaimScope, lower: string): boolean {
  return tagsOf(lower).some((t) => scope.lexicon.syntax.verbTags.has(t));
}

/** True when the lexicon lists the word as an unambiguous finite verb ('would', 'were', 'bypassed'). */
export function finiteVerb(scope: ClaimScope, lower: string): boolean {
  return tagsOf(lower).some((t) => scope.lexicon.syntax.finiteVerbTags.has(t));
}

/** The tags compromise's English lexicon gives a lower-case word (none for a word it lacks). */
export function tagsOf(lower: string): string[] {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const entry = lexicon[lower];
  return Array.isArray(entry) ? entry : entry === undefined ? [] : [entry];
}

/** A lower-case word that may stand in a noun phrase before a name: no verb form, no relative pronoun. */
function roleModifier(scope: ClaimScope, lower: string): boolean {
  return !verbForm(scope, lower) && !scope.lexicon.syntax.relativePronouns.has(lower);
}

function nameLike(word: Word): boolean {
  return /^\p{Lu}/u.test(word.text);
}

/**
 * The index in `words` where the noun phrase ending before `words[k + 1]` starts: back over names,
 * determiners, possessives and up to four lower-case words that are no verb form ('striker', 'Video game
 * firm', "the magazine's editor").
 */
function phraseStart(scope: ClaimScope, words: readonly Word[], k: number): number {
  let start = k + 1;
  let modifiers = 0;
  for (let j = k; j >= 0; j--) {
    const word = words[j]!;
    if (j < k && /[^\s'’-]/.test(scope.text.slice(word.end, words[j + 1]!.start))) break;
    const syntax = scope.lexicon.syntax;
    if (nameLike(word) || word.possessive || syntax.determiners.has(word.lower)) {
      start = j;
      continue;
    }
    if (scope.prepositions.has(word.lower) || syntax.clauseConjunctions.has(word.lower)) break;
    if (modifiers >= 4 || !roleModifier(scope, word.lower)) break;
    modifiers++;
    start = j;
  }
  return start;
}

/** The role of the noun phrase that starts at `words[start]`, read from the words before it. */
function roleFrom(scope: ClaimScope, words: readonly Word[], start: number, depth: number): ClauseRole {
  const before = words[start - 1];
  if (!before || depth > 6) return 'subject';
  const between = scope.text.slice(before.end, words[start]!.start);
  if (/[.;:!?“”"()—–\n]/.test(between)) return 'subject';
  const syntax = scope.lexicon.syntax;
  // 'Cosby's lawyer, Walter Phillips': an apposition or a list item takes the role of the phrase before it.
  const joined = between.includes(',') || syntax.listConjunctions.has(before.lower);
  if (joined) {
    const k = between.includes(',') ? start - 1 : start - 2;
    const previous = words[k];
    const apposed =
      previous !== undefined &&
      /^\s*,?\s*$/.test(scope.text.slice(previous.end, before.end).replace(/^\s*\p{L}+$/u, '')) &&
      (nameLike(previous) || syntax.roleNouns.has(previous.lower));
    if (!apposed) return 'subject';
    return roleFrom(scope, words, phraseStart(scope, words, k), depth + 1);
  }
  if (scope.prepositions.has(before.lower)) return 'oblique';
  // 'which also stars X': the object of a relative clause.
  if (syntax.relativePronouns.has(before.lower)) return 'object';
  if (syntax.clauseConjunctions.has(before.lower) || syntax.leadConjunctions.has(before.lower))
    return 'subject';
  return 'object';
}

/**
 * The role of a mention in its sentence, from the words before it alone: 'subject' at the start of a
 * sentence or clause (after a fronted phrase, or a conjunction), 'oblique' after a preposition, else
 * 'object' ('praised striker Jerome Thomas', 'which also stars X, Y and Z'). An apposition or a list
 * item ('the magazine's editor, Conservative MP Boris Johnson') takes the role of the phrase it joins; a
 * name right before a finite verb is a subject ('said Mr Blair bypassed the Cabinet').
 * Subjects are the preferred antecedents of a speaker pronoun (Lappin & Leass 1994, salience factors).
 */
export function clauseRole(scope: ClaimScope, m: ResolvedMention): ClauseRole {
  // 'said Mr Blair bypassed the Cabinet': a name right before a verb is the subject of its clause.
  const next = wordsOf(scope.text.slice(m.evidence.end, m.evidence.end + 30), m.evidence.end)[0];
  if (next && /^\s+$/.test(scope.text.slice(m.evidence.end, next.start)) && finiteVerb(scope, next.lower))
    return 'subject';
  const from = Math.max(m.evidence.sentenceStart, m.evidence.start - 200);
  const words = wordsOf(scope.text.slice(from, m.evidence.start), from);
  const self: Word = {
    text: m.surface,
    lower: m.surface.toLowerCase(),
    start: m.evidence.start,
    end: m.evidence.end,
    possessive: false,
  };
  words.push(self);
  return roleFrom(scope, words, phraseStart(scope, words, words.length - 1), 0);
}
