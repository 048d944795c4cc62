import grammar from '../../../knowledge/data/event-grammar-words.json' with { type: 'json' };
import type { TriggerLexicon } from './trigger-lexicon.js';
import { DETERMINERS } from './words.js';
import type { Word } from './words.js';

/** How many words before a trigger a modal, conditional or negation word still governs it. */
const IRREALIS_REACH = 6;
/** The reach for a trigger in a 'to' infinitive ('will allow tenants of council homes to buy'). */
const INFINITIVE_REACH = 12;
/** How many words after a trigger in subject position a modal makes it hypothetical ('Buying X would give', 'A merger between X and Y would be'). */
const MODAL_AFTER_REACH = 6;
/** Modals that, right after a trigger standing as the subject, make it hypothetical or planned (`data/event-grammar-words.json`). */
const MODALS_AFTER: ReadonlySet<string> = new Set(grammar.modalsAfter);
/** Nouns whose 'to' infinitive is a possibility ('the right to buy'). */
const INTENT_NOUNS: ReadonlySet<string> = new Set(grammar.intentNouns);
/** Finite 'be' forms that with a 'to' infinitive arrange an event still to come ('is to be released'). */
const ARRANGEMENT_BE: ReadonlySet<string> = new Set(grammar.arrangementBe);
/** Nouns whose 'of' object is an event only feared, risked or planned ('the threat of legal action'). */
const POSSIBILITY_NOUNS: ReadonlySet<string> = new Set(grammar.possibilityNouns);
/** Phrasal verbs that deny their gerund object ('ruled out retiring'). */
const NEGATING_VERBS: ReadonlySet<string> = new Set(grammar.negatingVerbs);

/** Ordinals and 'only' before a noun's 'to' infinitive make it a realised deed ('the first to win'). */
const ORDINAL = /^(?:first|second|third|last|only|next|\w+est)$/;

/**
 * 'the party's convention to nominate', 'a meeting to discuss': a 'to' infinitive right after a
 * noun that a determiner or possessive opens is the noun's purpose (Quirk et al. 1985 §17.30–17.31,
 * infinitival postmodification), an event still to come.
 */
function nounPurpose(words: Word[], index: number): boolean {
  if (words[index - 1]?.lower !== 'to') return false;
  const noun = words[index - 2];
  const opener = words[index - 3];
  if (noun === undefined || opener === undefined) return false;
  if (!opener.possessive && !DETERMINERS.has(opener.lower)) return false;
  if (noun.possessive || ORDINAL.test(noun.lower) || /ed$/.test(noun.lower)) return false;
  return /^\p{Ll}/u.test(noun.text);
}

function clauseBreak(text: string, from: Word, to: Word): boolean {
  const gap = text.slice(from.end, to.start);
  // '300,000': a comma inside a number breaks nothing.
  if (gap === ',' && /\d$/.test(from.text) && /^\d/.test(to.text)) return false;
  return /[,;:()"“”—–]|\s-\s/.test(gap);
}

/**
 * True when a modal, conditional, request or negation word ('will', 'if', 'asking', 'never')
 * stands shortly before the trigger in its own clause (further back when the trigger is a 'to'
 * infinitive), when 'be' with a passive 'to' infinitive arranges it ('is to be released'), when it is the
 * object of a noun of possibility ('the threat of legal action'), or when the trigger opens the sentence as its subject and a modal follows ('Buying
 * the firm would give …'): a plan, a condition or a denial, not a reported event.
 */
export function isIrrealis(text: string, words: Word[], index: number, lexicon: TriggerLexicon): boolean {
  const before = words[index - 1]?.lower;
  // 'the right to buy', 'favourites to take over': a noun's 'to' infinitive is only a possibility.
  if (before === 'to' && INTENT_NOUNS.has(words[index - 2]?.lower ?? '')) return true;
  if (nounPurpose(words, index)) return true;
  // 'is to be released': 'be' with a passive 'to' infinitive arranges an event still to come (an active
  // 'is to buy' is how news tells an agreed deal, so it stays).
  if (
    before === 'be' &&
    words[index - 2]?.lower === 'to' &&
    ARRANGEMENT_BE.has(words[index - 3]?.lower ?? '')
  )
    return true;
  // 'the threat of legal action', 'fears of a takeover': what is feared or risked has not happened.
  if (before === 'of' && POSSIBILITY_NOUNS.has(words[index - 2]?.lower ?? '')) return true;
  if (words[index - 2]?.lower === 'of' && POSSIBILITY_NOUNS.has(words[index - 3]?.lower ?? '')) return true;
  // 'has ruled out retiring'.
  if (/ing$/.test(words[index]!.lower) && NEGATING_VERBS.has(`${words[index - 2]?.lower} ${before}`))
    return true;
  const reach = before === 'to' ? INFINITIVE_REACH : IRREALIS_REACH;
  for (let k = index - 1; k >= Math.max(0, index - reach); k--) {
    const word = words[k]!;
    if (clauseBreak(text, word, words[k + 1]!)) break;
    if (lexicon.irrealis.has(word.lower) || /n['’]t$/.test(word.lower) || /['’]ll$/.test(word.lower))
      return true;
  }
  if (index <= 1) {
    for (let k = index + 1; k <= Math.min(words.length - 1, index + MODAL_AFTER_REACH); k++) {
      if (clauseBreak(text, words[k - 1]!, words[k]!)) break;
      if (MODALS_AFTER.has(words[k]!.lower)) return true;
    }
  }
  return false;
}
