import connectors from '../../knowledge/data/typing-connectors.json' with { type: 'json' };
import { lookupPhrase } from '../../knowledge/index.js';
import type { Knowledge } from '../../knowledge/index.js';
import { lowerOf } from './sentence-view.js';
import type { SentenceView } from './sentence-view.js';
import { wordClass } from './word-classes.js';

/** "of", "for", "on": the words that open the complement of a body's head noun ("Ministry of …"). */
const HEAD_CONNECTORS = new Set(connectors.headConnectors);

/** Longest run of capitalised words after "and" still read as the end of one complement. */
const MAX_TAIL_WORDS = 3;

/**
 * True when the "and" at `tokens[at]` joins two words of one complement of an organisation's head
 * noun, so the name goes on: "Department for Work and Pensions", "Association of Payment and Clearing
 * Services", "Department of Trade and Industry". The run before "and" must be a body's head noun,
 * "of"/"for"/"on", then capitalised words; after "and" come at most three capitalised words that end
 * the run and begin no other name: no title ("Mr"), given name ("Tony"), or name the tables know
 * ("Barclays", "France") — "the Ministry of Defence and Tony Blair" stays two names.
 */
export function andContinuesComplement(
  tokens: SentenceView['tokens'],
  at: number,
  runStart: number,
  knowledge: Knowledge,
): boolean {
  if (!opensComplement(tokens, at, runStart, knowledge)) return false;
  const first = tokens[at + 1];
  if (first === undefined || !first.word || !first.capitalised || first.allCaps) return false;
  const lower = lowerOf(first).replace(/\.$/, '');
  if (knowledge.titles.has(lower) || knowledge.titleAbbreviations.has(lower)) return false;
  if (wordClass(first.text) === 'given-name' || lookupPhrase(knowledge, first.text) !== undefined)
    return false;
  let k = at + 1;
  while (k < tokens.length && tokens[k]!.word && tokens[k]!.capitalised) {
    if (tokens[k]!.possessive) return false;
    k += 1;
  }
  return k - (at + 1) <= MAX_TAIL_WORDS;
}

/** The run `tokens[runStart..at)` is "<head noun> of|for|on <capitalised words>". */
function opensComplement(
  tokens: SentenceView['tokens'],
  at: number,
  runStart: number,
  knowledge: Knowledge,
): boolean {
  for (let h = at - 2; h >= runStart; h -= 1) {
    const connector = tokens[h + 1];
    if (connector === undefined || !HEAD_CONNECTORS.has(lowerOf(connector))) continue;
    const type = knowledge.actorHeads.get(lowerOf(tokens[h]));
    if (type === undefined || type === 'MILITARY' || !tokens[h]!.capitalised) return false;
    for (let k = h + 2; k < at; k += 1) if (!tokens[k]!.word || !tokens[k]!.capitalised) return false;
    return h + 2 < at;
  }
  return false;
}

/**
 * True when the words after the "and" at `tokens[at]` open a second name of their own, which no
 * head-noun rule may join to the first: a capitalised "The" ("the Independent and The Times"), or the
 * first word of the run repeated ("BBC One and BBC News", "Daily Telegraph and Daily Mail"), or a
 * person's full name before it ("Emily Eavis and BBC Radio"; "Victoria and Albert Museum" still joins).
 */
export function andStartsNewName(tokens: SentenceView['tokens'], at: number, runStart: number): boolean {
  const next = tokens[at + 1];
  if (next === undefined) return false;
  if (next.text === 'The') return true;
  const first = lowerOf(tokens[runStart]) === 'the' ? tokens[runStart + 1] : tokens[runStart];
  if (first === undefined) return false;
  if (next.text === first.text) return true;
  // "Emily Eavis and BBC Radio": a run of two or more words led by a given name is a person's name
  const start = tokens.indexOf(first);
  return at - start >= 2 && wordClass(first.text) === 'given-name';
}
