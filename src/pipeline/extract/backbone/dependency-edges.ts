import type { ParsedSentence } from '../../../nlp/index.js';
import type { DependencyEdge } from '../events/parse-roles.js';

/**
 * The dependency edges of the parsed sentences as article offsets of head and dependent tokens (with
 * their tags and lemmas), the
 * form the event rules read (`ExtractContext.dependencies`, see events/parse-roles.ts). The root edge
 * and edges to tokens the parse does not have are left out.
 */
export function dependencyEdges(parsed: ReadonlyMap<number, ParsedSentence>): DependencyEdge[] {
  const edges: DependencyEdge[] = [];
  for (const sentence of parsed.values()) {
    for (const d of sentence.dependencies) {
      const head = sentence.tokens[d.head];
      const dependent = sentence.tokens[d.dependent];
      if (head === undefined || dependent === undefined) continue;
      edges.push({
        relation: d.rel,
        head: { start: head.start, end: head.end, pos: head.pos, lemma: head.lemma },
        dependent: { start: dependent.start, end: dependent.end, pos: dependent.pos, lemma: dependent.lemma },
      });
    }
  }
  return edges;
}
