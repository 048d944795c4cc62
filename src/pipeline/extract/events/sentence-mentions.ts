import type { Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';

/**
 * The mentions inside one sentence, in text order, with overlaps removed (the longer mention
 * wins, so 'Syrian Arab News Agency' beats the 'Syrian' inside it).
 */
export function mentionsInSentence(
  mentions: readonly ResolvedMention[],
  sentence: Sentence,
): ResolvedMention[] {
  const inside = mentions.filter((m) => m.evidence.start >= sentence.start && m.evidence.end <= sentence.end);
  return withoutOverlaps(inside);
}

/** Removes mentions overlapping a longer one; returns text order. */
export function withoutOverlaps(mentions: readonly ResolvedMention[]): ResolvedMention[] {
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
