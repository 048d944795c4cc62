import type { Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';

/** An article's mentions by start offset (positions into the list), to find a sentence's without reading them all. */
interface StartIndex {
  size: number;
  /** Positions in the list, by start offset (ties in list order). */
  order: number[];
  starts: number[];
}

const startIndexes = new WeakMap<readonly ResolvedMention[], StartIndex | null>();
/**
 * The start index of a list of mentions, built once per list (the list is read, never changed, while its
 * article's events are read); null when a mention ends before it starts, where only reading them all is right.
 */
function startIndexOf(mentions: readonly ResolvedMention[]): StartIndex | null {
  const known = startIndexes.get(mentions);
  if (known !== undefined && (known === null || known.size === mentions.length)) return known;
  let index: StartIndex | null = null;
  if (mentions.every((m) => m.evidence.end >= m.evidence.start)) {
    const order = mentions
      .map((_, i) => i)
      .sort((a, b) => mentions[a]!.evidence.start - mentions[b]!.evidence.start);
    index = { size: mentions.length, order, starts: order.map((i) => mentions[i]!.evidence.start) };
  }
  startIndexes.set(mentions, index);
  return index;
}

/** The mentions that lie inside a sentence, in list order. */
function inside(mentions: readonly ResolvedMention[], sentence: Sentence): ResolvedMention[] {
  const index = startIndexOf(mentions);
  if (index === null)
    return mentions.filter((m) => m.evidence.start >= sentence.start && m.evidence.end <= sentence.end);
  const { order, starts } = index;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! < sentence.start) low = mid + 1;
    else high = mid;
  }
  // A mention that ends inside the sentence starts there too (no mention ends before it starts).
  const positions: number[] = [];
  for (let k = low; k < starts.length && starts[k]! <= sentence.end; k++) {
    const i = order[k]!;
    if (mentions[i]!.evidence.end <= sentence.end) positions.push(i);
  }
  // Positions come in start order; a list kept in start order (the usual case) needs no sort back.
  let ordered = true;
  for (let k = 1; k < positions.length && ordered; k++) ordered = positions[k - 1]! < positions[k]!;
  if (!ordered) positions.sort((a, b) => a - b);
  return positions.map((i) => mentions[i]!);
}

/**
 * The mentions inside one sentence, in text order, with overlaps removed (the longer mention
 * wins, so 'Syrian Arab News Agency' beats the 'Syrian' inside it).
 */
export function mentionsInSentence(
  mentions: readonly ResolvedMention[],
  sentence: Sentence,
): ResolvedMention[] {
  return withoutOverlaps(inside(mentions, sentence));
}

/**
 * True when each mention ends no earlier than it starts and starts after the one before it has ended (and
 * strictly after that one started): no two overlap, and text order is list order.
 */
function apartInOrder(mentions: readonly ResolvedMention[]): boolean {
  for (let k = 0; k < mentions.length; k++) {
    const here = mentions[k]!.evidence;
    if (here.end < here.start) return false;
    const before = mentions[k - 1]?.evidence;
    if (before && (here.start <= before.start || here.start < before.end)) return false;
  }
  return true;
}

/** Removes mentions overlapping a longer one; returns text order. */
export function withoutOverlaps(mentions: readonly ResolvedMention[]): ResolvedMention[] {
  // Nothing to remove and nothing to reorder: most sentences' mentions.
  if (apartInOrder(mentions)) return [...mentions];
  const bySize = [...mentions].sort(
    (a, b) =>
      b.evidence.end - b.evidence.start - (a.evidence.end - a.evidence.start) ||
      a.evidence.start - b.evidence.start,
  );
  const kept: ResolvedMention[] = [];
  for (const m of bySize) {
    if (kept.some((k) => m.evidence.start < k.evidence.end && m.evidence.end > k.evidence.start)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.evidence.start - b.evidence.start);
}

/** The sentence holding an article offset, or undefined. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) high = mid - 1;
    else if (offset >= s.end) low = mid + 1;
    else return s;
  }
  return undefined;
}
