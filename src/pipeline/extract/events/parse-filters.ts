import cues from '../../../knowledge/data/event-parse-cues.json' with { type: 'json' };
import type { TriggerHit } from './find-triggers.js';
import type { TriggerEntry, TriggerLexicon } from './trigger-lexicon.js';
import type { GraphToken, ParseGraph } from './parse-graph.js';
import { headTokenOf } from './parse-graph.js';

/** Cue words of the parse filters (`data/event-parse-cues.json`). */
const NEGATION: ReadonlySet<string> = new Set(cues.negation);
const MODALS: ReadonlySet<string> = new Set(cues.modals);
const PURPOSE_HEADS: ReadonlySet<string> = new Set(cues.purposeHeads);

/** Why the parse says a trigger is not a reported event. */
export type ParseVeto = 'negated' | 'modal' | 'purpose' | 'word-class';

const wordOf = (t: GraphToken, text: string): string => text.slice(t.start, t.end).toLowerCase();
const lemmaOf = (t: GraphToken, text: string): string => t.lemma?.toLowerCase() ?? wordOf(t, text);

/** Negation or a modal among the children of a predicate ('did not win', 'could buy', 'will be sold'). */
function unrealChild(predicate: GraphToken, text: string): ParseVeto | undefined {
  for (const c of predicate.children) {
    if (c.relation === 'neg' || (c.relation === 'advmod' && NEGATION.has(wordOf(c, text)))) return 'negated';
    if (
      (c.relation === 'aux' || c.relation === 'aux:pass') &&
      (MODALS.has(wordOf(c, text)) || MODALS.has(lemmaOf(c, text)))
    )
      return 'modal';
  }
  return undefined;
}

/** A 'to' infinitive under a verb of intention ('plans to buy', 'threatened to strike'). */
function purposeOf(predicate: GraphToken, text: string): boolean {
  const head = predicate.head;
  if (head === undefined || (predicate.relation !== 'xcomp' && predicate.relation !== 'advcl')) return false;
  const marked = predicate.children.some((c) => c.relation === 'mark' && wordOf(c, text) === 'to');
  return marked && PURPOSE_HEADS.has(lemmaOf(head, text));
}

/**
 * Why the dependency parse says a trigger is no reported event, or undefined. A verb under a negation
 * ('did not attack', 'never won') or a modal or future auxiliary ('could buy', 'will be sold'), or a 'to'
 * infinitive under a verb of intention ('plans to buy', 'threatened to strike'); for a noun, the same
 * of the verb it is the object of ('did not launch an attack', 'plans to make an offer'). A verb reading
 * the parse tags as a noun, or a noun reading it tags as a verb other than a participle, is not that reading.
 */
export function parseVeto(hit: TriggerHit, graph: ParseGraph, text: string): ParseVeto | undefined {
  const trigger = headTokenOf(graph, hit.start, hit.end);
  if (trigger === undefined || trigger.pos === undefined) return undefined;
  const pos = trigger.pos;
  if (!hit.nominal && !hit.entry.particle && pos.startsWith('NN')) return 'word-class';
  if (hit.nominal && /^VB[DPZ]?$/.test(pos)) return 'word-class';
  let predicate: GraphToken | undefined = trigger;
  if (hit.nominal) {
    const carrier = trigger.head;
    const isObject = trigger.relation === 'obj' || trigger.relation === 'nsubj:pass';
    predicate = isObject && carrier?.pos?.startsWith('VB') ? carrier : undefined;
  }
  if (predicate === undefined) return undefined;
  const child = unrealChild(predicate, text);
  if (child) return child;
  return purposeOf(predicate, text) ? 'purpose' : undefined;
}

/**
 * The trigger as the parse reads it: the hit itself when the parse does not object, the word's other
 * reading (noun for verb, or verb for noun, over the same words) when the parse tags the word as that
 * class and `accept` takes the reading, and undefined when the parse says it is no reported event.
 */
export function readingFromParse(
  hit: TriggerHit,
  graph: ParseGraph,
  text: string,
  lexicon: TriggerLexicon,
  accept: (entry: TriggerEntry, wordIndex: number) => boolean,
): TriggerHit | undefined {
  const veto = parseVeto(hit, graph, text);
  if (veto === undefined) return hit;
  if (veto !== 'word-class') return undefined;
  const words = hit.entry.words;
  const other = (lexicon.byFirstWord.get(words[0] ?? '') ?? []).find(
    (e) =>
      e.nominal !== hit.nominal &&
      !e.particle &&
      e.words.length === words.length &&
      e.words.every((w, i) => w === words[i]) &&
      accept(e, hit.wordIndex),
  );
  if (other === undefined) return undefined;
  const switched: TriggerHit = {
    ...hit,
    entry: other,
    nominal: other.nominal,
    passive: !other.nominal && hit.passive,
  };
  return parseVeto(switched, graph, text) === undefined ? switched : undefined;
}
