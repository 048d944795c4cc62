import type { ParsedDependency, ParsedSentence, ParsedToken } from '../../../nlp/index.js';

/** Navigation over one sentence's dependency tree. */
export interface ParseTree {
  parsed: ParsedSentence;
  /** Dependencies whose head is token `i`. */
  children(i: number): ParsedDependency[];
  /** The relation that attaches token `i` to its head. */
  parentOf(i: number): ParsedDependency | undefined;
  /** Token `i` and everything below it, in text order. */
  subtree(i: number): ParsedToken[];
  child(i: number, rel: (rel: string) => boolean): ParsedToken | undefined;
}

/** Builds the navigation for a parsed sentence. */
export function parseTree(parsed: ParsedSentence): ParseTree {
  const kids = new Map<number, ParsedDependency[]>();
  const parents = new Map<number, ParsedDependency>();
  for (const d of parsed.dependencies) {
    const list = kids.get(d.head) ?? [];
    list.push(d);
    kids.set(d.head, list);
    parents.set(d.dependent, d);
  }
  const children = (i: number) => kids.get(i) ?? [];
  const subtree = (i: number): ParsedToken[] => {
    const seen = new Set<number>([i]);
    const stack = [i];
    while (stack.length > 0) {
      for (const d of children(stack.pop() as number)) {
        if (!seen.has(d.dependent)) {
          seen.add(d.dependent);
          stack.push(d.dependent);
        }
      }
    }
    return [...seen].sort((a, b) => a - b).flatMap((k) => (parsed.tokens[k] ? [parsed.tokens[k]] : []));
  };
  return {
    parsed,
    children,
    parentOf: (i) => parents.get(i),
    subtree,
    child: (i, rel) => {
      const d = children(i).find((c) => rel(c.rel));
      return d === undefined ? undefined : parsed.tokens[d.dependent];
    },
  };
}

/** nsubj, nsubj:xsubj … (not the passive subject: 'it was said' has no speaker). */
export const isSubject = (rel: string): boolean =>
  rel === 'nsubj' || (rel.startsWith('nsubj:') && rel !== 'nsubj:pass');
