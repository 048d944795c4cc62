import type { DependencyEdge, ParseToken } from './parse-roles.js';

/** One token of a sentence's parse, with the relation that attaches it to its head. */
export interface GraphToken extends ParseToken {
  /** The relation to the head, lower case ('nsubj', 'obl', 'nmod:poss' …); undefined for the root. */
  relation?: string;
  head?: GraphToken;
  children: GraphToken[];
}

/** The dependency tree of one sentence, read from the article's edges. */
export interface ParseGraph {
  /** Tokens in text order. */
  tokens: GraphToken[];
  /** The token that starts at `start`, if the parse has one. */
  at(start: number): GraphToken | undefined;
}

/**
 * Builds the tree of the sentence spanning `[from, to)` from the article's dependency edges; tokens
 * outside the range are left out. Empty when the sentence was not parsed.
 */
export function parseGraph(edges: readonly DependencyEdge[], from: number, to: number): ParseGraph {
  const byStart = new Map<number, GraphToken>();
  const tokenOf = (t: ParseToken): GraphToken => {
    const known = byStart.get(t.start);
    if (known) {
      if (known.pos === undefined && t.pos !== undefined) known.pos = t.pos;
      if (known.lemma === undefined && t.lemma !== undefined) known.lemma = t.lemma;
      return known;
    }
    const made: GraphToken = { ...t, children: [] };
    byStart.set(t.start, made);
    return made;
  };
  for (const edge of edges) {
    if (edge.dependent.start < from || edge.dependent.end > to) continue;
    const head = tokenOf(edge.head);
    const dependent = tokenOf(edge.dependent);
    dependent.relation = edge.relation.toLowerCase();
    dependent.head = head;
    head.children.push(dependent);
  }
  const tokens = [...byStart.values()].sort((a, b) => a.start - b.start);
  for (const t of tokens) t.children.sort((a, b) => a.start - b.start);
  return { tokens, at: (start) => byStart.get(start) };
}

/**
 * The token that heads the words of `[start, end)`: the one whose head lies outside the span
 * ('strikes' in 'air strikes'). Undefined when the parse has none of those words.
 */
export function headTokenOf(graph: ParseGraph, start: number, end: number): GraphToken | undefined {
  const inside = graph.tokens.filter((t) => t.start >= start && t.end <= end);
  return inside.find((t) => t.head === undefined || t.head.start < start || t.head.end > end) ?? inside[0];
}

/** The children of `token` attached by a relation that `test` accepts. */
export function childrenBy(token: GraphToken, test: (relation: string) => boolean): GraphToken[] {
  return token.children.filter((c) => c.relation !== undefined && test(c.relation));
}

/** The lower-case word of the `case` (or `mark`) child of `token`: the preposition of an oblique. */
export function prepositionOf(token: GraphToken, text: string): string | undefined {
  const marker = token.children.find((c) => c.relation === 'case' || c.relation === 'mark');
  return marker === undefined ? undefined : text.slice(marker.start, marker.end).toLowerCase();
}
