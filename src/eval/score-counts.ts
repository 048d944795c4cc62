import type { EventCount } from '../domain.js';
import type { GoldCount } from './gold.js';
import type { GoldIndex } from './gold-index.js';
import type { PredEvent } from './prediction-view.js';
import type { RowResult } from './score-types.js';

/** Relative tolerance for numbers: '$445.1bn' read as 4.451e11 or 4.45e11 is the same figure. */
const RELATIVE_TOLERANCE = 0.005;

/** A score or other text value, compared without spacing and case. */
function textKey(value: string): string {
  return value.replace(/\s+/g, '').toLowerCase();
}

/** Whether a predicted count gives the gold count's number (and its unit, when both name one). */
export function countMatches(predicted: Pick<EventCount, 'value' | 'unit'>, gold: GoldCount): boolean {
  if (predicted.unit !== undefined && gold.unit !== undefined && predicted.unit !== gold.unit) return false;
  if (typeof gold.value === 'number' && typeof predicted.value === 'number') {
    const scale = Math.max(Math.abs(gold.value), 1e-9);
    return Math.abs(predicted.value - gold.value) / scale <= RELATIVE_TOLERANCE;
  }
  return textKey(String(predicted.value)) === textKey(String(gold.value));
}

/**
 * The numbers of the found events (`event-counts`): over pairs of a found prediction and a required gold
 * event, each required gold count is a tp when one of the prediction's counts gives its number (each
 * predicted count used once), else a fn; a predicted count that gives no gold number is a fp. What is
 * counted is not compared: gold names it in free words ('jobs lost'), the extractor from its lexicon.
 * Counts of events that were not found are not scored here: the events rows already count those misses;
 * nor are the counts of a gold file that says `"countsAnnotated": false`.
 */
export function scoreCounts(
  pairs: readonly { p: number; g: number }[],
  predicted: readonly PredEvent[],
  index: GoldIndex,
): RowResult {
  const result: RowResult = { counts: { tp: 0, fp: 0, fn: 0 }, issues: [] };
  if (index.gold.countsAnnotated === false) return result;
  for (const { p: pi, g: gi } of pairs) {
    const p = predicted[pi];
    const g = index.gold.events[gi];
    if (p === undefined || g === undefined || g.optional === true) continue;
    const unused = [...p.counts];
    const optional = (g.counts ?? []).filter((c) => c.optional === true);
    for (const gold of g.counts ?? []) {
      if (gold.optional === true) continue;
      const at = unused.findIndex((c) => countMatches(c, gold));
      if (at >= 0) {
        unused.splice(at, 1);
        result.counts.tp += 1;
      } else {
        result.counts.fn += 1;
        result.issues.push({
          row: 'event-counts',
          kind: 'FN',
          text: `${g.type}: «${gold.text}» = ${gold.value}`,
        });
      }
    }
    for (const extra of unused) {
      if (optional.some((c) => countMatches(extra, c))) continue;
      result.counts.fp += 1;
      result.issues.push({
        row: 'event-counts',
        kind: 'FP',
        text: `${g.type}: «${extra.text}» = ${extra.value}${extra.unit === undefined ? '' : ` ${extra.unit}`}`,
      });
    }
  }
  return result;
}
