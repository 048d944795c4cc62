import cueData from '../../../knowledge/data/event-argument-cues.json' with { type: 'json' };
import type { ResolvedMention } from '../context.js';
import { wordsOf } from './words.js';

/** Verbs whose object is the one spoken to ('told', 'assured': data `addresseeVerbs`). */
const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(cueData.addresseeVerbs);
/** Pronouns that open a reported clause ('it', 'he', 'they': data `complementSubjects`). */
const CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(cueData.complementSubjects);
/** Words allowed between a tell verb and its addressee: a determiner. */
const DETERMINER_ONLY = /^\s+(?:(?:the|a|an)\s+)?$/iu;

/**
 * Where the tell verb before an addressee starts, when `m` is the one spoken to and the gap up to
 * the trigger opens a reported clause with a pronoun ('Acme told the Courier website it was
 * investigating': the pronoun stands for Acme, not the Courier). Undefined otherwise.
 */
export function addressedSpeakerVerb(text: string, m: ResolvedMention, gap: string): number | undefined {
  const gapWords = wordsOf(gap);
  // 'the Courier website it was': a pronoun within the first few words after the addressee.
  if (!gapWords.slice(0, 4).some((w) => CLAUSE_PRONOUNS.has(w.lower) && w.lower !== 'i')) return undefined;
  const from = Math.max(0, m.evidence.start - 40);
  const before = wordsOf(text.slice(from, m.evidence.start), from);
  for (let i = before.length - 1; i >= Math.max(0, before.length - 2); i--) {
    const word = before[i]!;
    if (!ADDRESSEE_VERBS.has(word.lower)) continue;
    return DETERMINER_ONLY.test(text.slice(word.end, m.evidence.start)) ? word.start : undefined;
  }
  return undefined;
}
