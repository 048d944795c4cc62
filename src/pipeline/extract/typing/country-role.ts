import { lowerOf } from '../sentence-view.js';
import type { Token } from '../tokenize.js';
import { CONFIDENCE } from './confidence.js';
import type { AnalysisContext, DraftMention } from './span-types.js';

/** Decides whether a bare country name is acting (an actor) or a location (a place). */
export function countryRole(
  ctx: AnalysisContext,
  tokens: Token[],
  from: number,
  to: number,
): 'ACTOR' | 'PLACE' {
  const { knowledge } = ctx;
  const { articles, hyphenSuffixes, clauseOpeners, clauseSubjectStoppers, agentPrepositions } =
    knowledge.spanCues;
  const last = tokens[to - 1]!;
  if (last.possessive) {
    const one = lowerOf(tokens[to]);
    const two = `${one} ${lowerOf(tokens[to + 1])}`;
    const { placePossessiveNouns } = knowledge;
    return placePossessiveNouns.has(two) || placePossessiveNouns.has(one) ? 'PLACE' : 'ACTOR';
  }
  let before = from - 1;
  if (articles.has(lowerOf(tokens[before]))) before -= 1;
  const prev = lowerOf(tokens[before]);
  const next = tokens[to];
  if (next?.text === '-' && hyphenSuffixes.has(lowerOf(tokens[to + 1]))) return 'ACTOR'; // "U.S.-backed"
  if (prev === 'from' && knowledge.sourceNouns.has(lowerOf(tokens[before - 1]))) return 'ACTOR'; // "criticism from"
  if (knowledge.locativePrepositions.has(prev)) return 'PLACE';
  const nextLower = lowerOf(next);
  if (knowledge.actorVerbs.has(nextLower) || knowledge.speechVerbs.has(nextLower)) return 'ACTOR';
  // Subject of a clause: "when the U.S. left …", "…, Russia relieved …"
  if (clauseOpeners.has(prev) || before < 0) {
    if (next?.word && !next.capitalised && !clauseSubjectStoppers.has(nextLower)) return 'ACTOR';
  }
  if (next?.word && /^\p{Ll}+(?:ed)$/u.test(next.text) && !knowledge.locativePrepositions.has(prev)) {
    return 'ACTOR';
  }
  // "attacked by Russia", "talks with Iran" (but "Syria and Iraq" stays a place)
  return agentPrepositions.has(lowerOf(tokens[from - 1])) ? 'ACTOR' : 'PLACE';
}

/** "US-led coalition" / "U.S.-led coalition": the coalition is an actor of its own, besides the state. */
export function ledCoalition(
  ctx: AnalysisContext,
  tokens: Token[],
  from: number,
  afterPrefix: number,
): DraftMention | undefined {
  let k = afterPrefix;
  if (tokens[k]?.text === '-') k += 1;
  const head = tokens[from]!;
  const suffixIsLed = k === afterPrefix ? /-led$/i.test(head.text) : lowerOf(tokens[k]) === 'led';
  const nounAt = k === afterPrefix ? k : k + 1;
  if (!suffixIsLed || !ctx.knowledge.spanCues.coalitionNouns.has(lowerOf(tokens[nounAt]))) return undefined;
  const end = tokens[nounAt]!.end;
  return {
    start: head.start,
    end,
    name: ctx.text.slice(head.start, end),
    kind: 'ACTOR',
    type: 'MILITARY',
    titles: [],
    confidence: CONFIDENCE.ledCoalition,
    cue: 'led-coalition',
    nested: true,
  };
}
