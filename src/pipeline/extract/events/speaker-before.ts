/**
 * Whether a mention before a trigger only speaks: 'Observatory director Rami Abdulrahman said 400
 * fighters died' names the speaker of the clause that holds 'died', not its subject.
 */
import { CLAIM_SPEECH } from '../../../knowledge/speech-verbs.js';
import { wordsOf } from './words.js';

/** Speech verbs that take a clause without 'that' ('said 400 fighters died'). */
const CLAUSE_VERBS: ReadonlySet<string> = new Set(CLAIM_SPEECH.clauseVerbs);
/** Every speech verb; these take a reported clause after 'that' ('confirmed that … were killed'). */
const SPEECH_VERBS: ReadonlySet<string> = new Set(Object.values(CLAIM_SPEECH.verbs).flat());
/** Speech that names the doer ('X claimed responsibility for the attacks', 'X admitted killing'). */
const DOER_SPEECH: ReadonlySet<string> = new Set([
  ...CLAIM_SPEECH.responsibilityCues,
  ...CLAIM_SPEECH.admissionVerbs,
]);
/** Pronouns that, opening the reported clause, stand for the speaker ('the army said it recaptured'). */
const SELF_PRONOUNS: ReadonlySet<string> = new Set(Object.values(CLAIM_SPEECH.pronouns).flat());

/**
 * True when the text between a mention and a trigger (`gap`) holds a speech verb that opens the
 * clause of the trigger: the mention is then the speaker, not the trigger's subject. A reported
 * clause opening with a pronoun keeps the mention ('X said it had killed': X is the one who killed), and
 * so does a claim of responsibility or an admission ('X claimed responsibility for the attacks').
 */
export function speaksBefore(gap: string): boolean {
  const words = wordsOf(gap);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.lower;
    const next = words[i + 1]?.lower;
    const clause = CLAUSE_VERBS.has(word) || (SPEECH_VERBS.has(word) && next === 'that');
    if (!clause) continue;
    if (DOER_SPEECH.has(word) || DOER_SPEECH.has(`${word} ${next ?? ''}`)) return false;
    const opener = next === 'that' ? words[i + 2]?.lower : next;
    return opener === undefined || !SELF_PRONOUNS.has(opener);
  }
  return false;
}
