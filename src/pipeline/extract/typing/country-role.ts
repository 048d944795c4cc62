import connectors from '../../../knowledge/data/typing-connectors.json' with { type: 'json' };
import { lowerOf } from '../sentence-view.js';
import type { Token } from '../tokenize.js';
import { CONFIDENCE } from './confidence.js';
import { opensWithVerb } from './opens-with-verb.js';
import type { AnalysisContext, DraftMention } from './span-types.js';

const COORDINATORS = new Set(connectors.coordinators);

/**
 * True when the name ends a list of names that a locative preposition opens: "in the UK, France,
 * Germany and the Netherlands", "operations in the Netherlands and the United Kingdom". `before` is
 * the token before the name (and its article).
 */
function listAfterLocative(ctx: AnalysisContext, tokens: Token[], before: number): boolean {
  const { articles } = ctx.knowledge.spanCues;
  // "and"/"or" only: a comma also closes a clause ("According to the ministry, Russia played …")
  const joint = lowerOf(tokens[before]);
  if (!COORDINATORS.has(joint) || joint === ',') return false;
  for (let k = before - 1; k >= 0 && before - k <= 12; k -= 1) {
    const token = tokens[k]!;
    const lower = lowerOf(token);
    if (ctx.knowledge.locativePrepositions.has(lower)) return true;
    if (!(token.word && token.capitalised) && !COORDINATORS.has(lower) && !articles.has(lower)) return false;
  }
  return false;
}

/**
 * True when the noun phrase a country's possessive opens is about the territory, not the state
 * acting: "Syria's civil war", "the UK's payments industry" (any of its first three plain words).
 */
function possessedIsPlace(ctx: AnalysisContext, tokens: Token[], to: number): boolean {
  const { placePossessiveNouns } = ctx.knowledge;
  for (let k = to; k < to + 3; k += 1) {
    const token = tokens[k];
    if (!token?.word || token.capitalised) return false;
    const one = lowerOf(token);
    if (placePossessiveNouns.has(one) || placePossessiveNouns.has(`${one} ${lowerOf(tokens[k + 1])}`))
      return true;
  }
  return false;
}

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
    return possessedIsPlace(ctx, tokens, to) ? 'PLACE' : 'ACTOR';
  }
  let before = from - 1;
  if (articles.has(lowerOf(tokens[before]))) before -= 1;
  const prev = lowerOf(tokens[before]);
  const next = tokens[to];
  if (next?.text === '-' && hyphenSuffixes.has(lowerOf(tokens[to + 1]))) return 'ACTOR'; // "U.S.-backed"
  if (prev === 'from' && knowledge.sourceNouns.has(lowerOf(tokens[before - 1]))) return 'ACTOR'; // "criticism from"
  if (knowledge.locativePrepositions.has(prev)) return 'PLACE';
  if (listAfterLocative(ctx, tokens, before)) return 'PLACE';
  const nextLower = lowerOf(next);
  if (knowledge.actorVerbs.has(nextLower) || knowledge.speechVerbs.has(nextLower)) return 'ACTOR';
  // Subject of a clause: "when the U.S. left …", "…, Russia relieved …"
  if (clauseOpeners.has(prev) || before < 0) {
    if (next?.word && !next.capitalised && !clauseSubjectStoppers.has(nextLower)) {
      // "when the U.S. left …" is a subject; "that the UK housing market …" only a modifier
      const words = tokens.slice(to, to + 4).map((t) => t.text);
      if (opensWithVerb(ctx.text.slice(tokens[from]!.start, last.end), words)) return 'ACTOR';
    }
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
