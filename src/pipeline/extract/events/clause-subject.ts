import type { Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import type { RoleFinding } from './role-scope.js';
import type { TriggerLexicon } from './trigger-lexicon.js';
import { wordBefore } from './words.js';

/** How far into its sentence the subject of the main clause may start (a few opening words). */
const SUBJECT_REACH = 40;

/**
 * The subject of a sentence's main clause as an agent: the first actor named near the start of the
 * sentence, when no preposition governs it ('Tom Reyes retired after …', not 'In Kestrel, …').
 */
export function clauseSubject(
  text: string,
  sentence: Sentence,
  mentions: readonly ResolvedMention[],
  lexicon: TriggerLexicon,
): RoleFinding | undefined {
  const first = mentions[0];
  if (!first || first.kind !== 'ACTOR' || first.evidence.start - sentence.start > SUBJECT_REACH)
    return undefined;
  if (lexicon.prepositions.has(wordBefore(text, first.evidence.start))) return undefined;
  if (/['’]s?$/.test(text.slice(first.evidence.end, first.evidence.end + 2))) return undefined;
  return { mention: first, role: 'AGENT', confidence: 0.55 };
}
