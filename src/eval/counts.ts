/** True positives, false positives and false negatives of one measure. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1; `null` where the ratio has no denominator (no predictions, no gold). */
export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** A fresh zero count. */
export function zeroCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** The sum of counts (micro-averaging adds counts before dividing). */
export function addCounts(...all: Counts[]): Counts {
  return all.reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), zeroCounts());
}

/**
 * Precision = tp / (tp + fp), recall = tp / (tp + fn), F1 their harmonic mean. With nothing predicted
 * precision is null; with nothing in gold recall is null; F1 is null only when there is nothing at all,
 * and 0 when there are errors but no true positive.
 */
export function prf(counts: Counts): Prf {
  const { tp, fp, fn } = counts;
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  let f1: number | null;
  if (tp + fp + fn === 0) f1 = null;
  else if (tp === 0 || precision === null || recall === null) f1 = 0;
  else f1 = (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
