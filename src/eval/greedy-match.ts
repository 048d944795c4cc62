/** A possible pairing of prediction `p` with gold item `g`, and how good it is (higher is better). */
export interface Candidate {
  p: number;
  g: number;
  score: number;
}

/** One-to-one pairs chosen from candidates. */
export interface Matching {
  pairs: { p: number; g: number }[];
  /** Prediction index → gold index. */
  byPrediction: Map<number, number>;
  /** Gold index → prediction index. */
  byGold: Map<number, number>;
}

/**
 * Pairs predictions with gold items one-to-one, best score first (ties: lower gold index, then lower
 * prediction index, so the result never depends on input order beyond the indices). Candidates with a
 * score of 0 or less are not pairs.
 */
export function greedyMatch(candidates: readonly Candidate[]): Matching {
  const sorted = candidates
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const byPrediction = new Map<number, number>();
  const byGold = new Map<number, number>();
  const pairs: { p: number; g: number }[] = [];
  for (const { p, g } of sorted) {
    if (byPrediction.has(p) || byGold.has(g)) continue;
    byPrediction.set(p, g);
    byGold.set(g, p);
    pairs.push({ p, g });
  }
  return { pairs, byPrediction, byGold };
}

/** Builds all candidates of an n × m grid from a pair scorer. */
export function scoreGrid(
  predictions: number,
  gold: number,
  score: (p: number, g: number) => number,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (let p = 0; p < predictions; p += 1) {
    for (let g = 0; g < gold; g += 1) {
      const value = score(p, g);
      if (value > 0) candidates.push({ p, g, score: value });
    }
  }
  return candidates;
}
