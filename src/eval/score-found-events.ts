import type { Counts } from './counts.js';
import type { GoldEvent } from './gold.js';
import type { GoldIndex } from './gold-index.js';
import { greedyMatch, scoreGrid, type Matching } from './greedy-match.js';
import { sentenceCovers } from './normalise-name.js';
import type { PredEvent } from './prediction-view.js';
import { scoreCounts } from './score-counts.js';
import {
  agentFit,
  describeGoldEvent,
  describePredEvent,
  placeFit,
  scoreDates,
  typeFit,
} from './score-events.js';
import type { Issue, RowResult } from './score-types.js';

type FoundRow =
  'events-found' | 'event-agent' | 'event-place' | 'event-date' | 'event-counts' | 'central-events';

/** 2 when one of the prediction's reports is the gold event's sentence, else 0. */
function sentenceFit(p: PredEvent, g: GoldEvent): number {
  return p.sentences.some((sentence) => sentenceCovers(g.sentence, sentence)) ? 2 : 0;
}

/**
 * Whether a prediction reports the gold event, whatever its arguments: its type is the gold type (or
 * a `typeAlso`) and it is anchored — one of its report sentences is the gold sentence, or (for a gold
 * event named at a place) its place and an agent fit, as when an article reports one event several
 * times and the extractor kept another of the sentences.
 */
function foundScore(index: GoldIndex, p: PredEvent, g: GoldEvent): number {
  const type = typeFit(p, g);
  if (type === 0) return 0;
  const bySentence = sentenceFit(p, g);
  const byArguments = g.place !== null && placeFit(index, p, g) > 0 && agentFit(index, p, g) > 0 ? 1 : 0;
  const anchor = Math.max(bySentence, byArguments);
  if (anchor === 0) return 0;
  return (
    type * 100 +
    anchor * 10 +
    placeFit(index, p, g) +
    agentFit(index, p, g) / 10 +
    (g.optional === true ? 0 : 0.05)
  );
}

/** Pairs predicted with gold events on type + anchor (see {@link foundScore}), best first. */
export function matchFoundEvents(predicted: readonly PredEvent[], index: GoldIndex): Matching {
  const gold = index.gold.events;
  return greedyMatch(
    scoreGrid(predicted.length, gold.length, (pi, gi) => {
      const p = predicted[pi];
      const g = gold[gi];
      return p === undefined || g === undefined ? 0 : foundScore(index, p, g);
    }),
  );
}

function missReason(predicted: readonly PredEvent[], g: GoldEvent): string {
  const anchored = predicted.filter((p) => sentenceFit(p, g) > 0);
  if (anchored.length > 0)
    return `sentence found with type ${[...new Set(anchored.map((p) => p.type))].join(', ')}`;
  return predicted.some((p) => typeFit(p, g) > 0)
    ? `no ${g.type} event from this sentence`
    : `no ${g.type} event predicted`;
}

/**
 * An attribute of the found pairs with a required gold event that states it: right = tp, missing =
 * fn, wrong = fp + fn (so the recall is the share right).
 */
function scoreAttribute(
  row: 'event-agent' | 'event-place',
  pairs: readonly { p: number; g: number }[],
  predicted: readonly PredEvent[],
  index: GoldIndex,
): RowResult {
  const result: RowResult = { counts: { tp: 0, fp: 0, fn: 0 }, issues: [] };
  for (const { p: pi, g: gi } of pairs) {
    const p = predicted[pi];
    const g = index.gold.events[gi];
    if (p === undefined || g === undefined || g.optional === true) continue;
    const stated = row === 'event-agent' ? g.agents.length > 0 : g.place !== null;
    if (!stated) continue;
    const fit = row === 'event-agent' ? agentFit(index, p, g) : placeFit(index, p, g);
    const missing = row === 'event-agent' ? p.agents.length === 0 : p.place === undefined;
    const gave = row === 'event-agent' ? p.agents.map((a) => a.name).join(', ') : (p.place?.name ?? '');
    if (fit > 0) result.counts.tp += 1;
    else if (missing) {
      result.counts.fn += 1;
      result.issues.push({ row, kind: 'FN', text: `${describeGoldEvent(g)}: none predicted` });
    } else {
      result.counts.fp += 1;
      result.counts.fn += 1;
      result.issues.push({ row, kind: 'WRONG', text: `${describeGoldEvent(g)}: predicted ${gave}` });
    }
  }
  return result;
}

/**
 * Event detection and its arguments: `events-found` (type + anchor), then over those pairs whether the
 * agent, the place and the date are right, and `central-events`: one count per article that has a
 * required central gold event — a tp when one of its central events is found (the coverage).
 */
export function scoreFoundEvents(
  predicted: readonly PredEvent[],
  index: GoldIndex,
): Record<FoundRow, RowResult> {
  const gold = index.gold.events;
  const matching = matchFoundEvents(predicted, index);
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const issues: Issue[] = [];
  gold.forEach((g, gi) => {
    if (g.optional === true) return;
    if (matching.byGold.has(gi)) counts.tp += 1;
    else {
      counts.fn += 1;
      issues.push({
        row: 'events-found',
        kind: 'FN',
        text: `${describeGoldEvent(g)} — ${missReason(predicted, g)}`,
      });
    }
  });
  predicted.forEach((p, pi) => {
    if (matching.byPrediction.has(pi)) return;
    counts.fp += 1;
    issues.push({ row: 'events-found', kind: 'FP', text: describePredEvent(p) });
  });

  const central: RowResult = { counts: { tp: 0, fp: 0, fn: 0 }, issues: [] };
  const centralIndices = gold.flatMap((g, gi) => (g.central === true && g.optional !== true ? [gi] : []));
  if (centralIndices.length > 0) {
    if (centralIndices.some((gi) => matching.byGold.has(gi))) central.counts.tp = 1;
    else {
      central.counts.fn = 1;
      const first = gold[centralIndices[0] ?? 0];
      central.issues.push({
        row: 'central-events',
        kind: 'FN',
        text:
          first === undefined
            ? 'central event not found'
            : `central event not found: ${describeGoldEvent(first)}`,
      });
    }
  }
  return {
    'events-found': { counts, issues },
    'event-agent': scoreAttribute('event-agent', matching.pairs, predicted, index),
    'event-place': scoreAttribute('event-place', matching.pairs, predicted, index),
    'event-date': scoreDates('event-date', matching.pairs, predicted, index),
    'event-counts': scoreCounts(matching.pairs, predicted, index),
    'central-events': central,
  };
}
