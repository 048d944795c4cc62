import { prf } from './counts.js';
import type { CorpusScore } from './score-article.js';
import type { MeanKey, RowKey } from './score-types.js';

/** One figure of the report: a ratio of one row's counts, or a mean. */
export interface Measure {
  /** Stable id, used as the JSON key: `actors.precision`. */
  id: string;
  group: 'actors' | 'places' | 'events' | 'claims';
  label: string;
  source: { row: RowKey; stat: 'precision' | 'recall' | 'f1' } | { mean: MeanKey };
  /** The target of issues 11 and 15, where one is set (a lower bound). */
  target?: number;
}

/**
 * The figures the report shows, in order, with the targets the issues set. Accuracies are the recall
 * of their row (right / all that gold states), see `ROW_HELP`.
 */
export const MEASURES: readonly Measure[] = [
  {
    id: 'actors.precision',
    group: 'actors',
    label: 'precision',
    source: { row: 'actors', stat: 'precision' },
    target: 0.92,
  },
  { id: 'actors.recall', group: 'actors', label: 'recall', source: { row: 'actors', stat: 'recall' } },
  {
    id: 'actors.recallTyped',
    group: 'actors',
    label: 'recall, right type',
    source: { row: 'actors-typed', stat: 'recall' },
    target: 0.9,
  },
  {
    id: 'actors.typeAccuracy',
    group: 'actors',
    label: 'type accuracy',
    source: { row: 'actor-typing', stat: 'recall' },
  },
  {
    id: 'places.precision',
    group: 'places',
    label: 'precision',
    source: { row: 'places', stat: 'precision' },
  },
  { id: 'places.recall', group: 'places', label: 'recall', source: { row: 'places', stat: 'recall' } },
  {
    id: 'places.recallTyped',
    group: 'places',
    label: 'recall, right type',
    source: { row: 'places-typed', stat: 'recall' },
  },
  {
    id: 'places.typeAccuracy',
    group: 'places',
    label: 'type accuracy',
    source: { row: 'place-typing', stat: 'recall' },
  },
  {
    id: 'events.precision',
    group: 'events',
    label: 'precision',
    source: { row: 'events-found', stat: 'precision' },
    target: 0.8,
  },
  {
    id: 'events.recall',
    group: 'events',
    label: 'recall',
    source: { row: 'events-found', stat: 'recall' },
    target: 0.7,
  },
  {
    id: 'events.agentRight',
    group: 'events',
    label: 'agent right',
    source: { row: 'event-agent', stat: 'recall' },
    target: 0.85,
  },
  {
    id: 'events.placeRight',
    group: 'events',
    label: 'place right',
    source: { row: 'event-place', stat: 'recall' },
    target: 0.9,
  },
  {
    id: 'events.dateRight',
    group: 'events',
    label: 'date right',
    source: { row: 'event-date', stat: 'recall' },
  },
  {
    id: 'events.countsPrecision',
    group: 'events',
    label: 'counts precision (found events)',
    source: { row: 'event-counts', stat: 'precision' },
  },
  {
    id: 'events.countsRecall',
    group: 'events',
    label: 'counts recall (found events)',
    source: { row: 'event-counts', stat: 'recall' },
  },
  {
    id: 'events.coverage',
    group: 'events',
    label: 'central event found (coverage)',
    source: { row: 'central-events', stat: 'recall' },
    target: 0.8,
  },
  {
    id: 'events.strictF1',
    group: 'events',
    label: 'F1, type + place + agent',
    source: { row: 'events', stat: 'f1' },
  },
  {
    id: 'claims.precision',
    group: 'claims',
    label: 'precision (claimant + text)',
    source: { row: 'claims', stat: 'precision' },
  },
  {
    id: 'claims.recall',
    group: 'claims',
    label: 'recall (claimant + text)',
    source: { row: 'claims', stat: 'recall' },
    target: 0.85,
  },
  {
    id: 'claims.foundPrecision',
    group: 'claims',
    label: 'precision, any claimant',
    source: { row: 'claims-found', stat: 'precision' },
  },
  {
    id: 'claims.foundRecall',
    group: 'claims',
    label: 'recall, any claimant',
    source: { row: 'claims-found', stat: 'recall' },
  },
  {
    id: 'claims.claimantRight',
    group: 'claims',
    label: 'claimant right',
    source: { row: 'claimant', stat: 'recall' },
    target: 0.95,
  },
  {
    id: 'claims.spanAcceptable',
    group: 'claims',
    label: 'span acceptable',
    source: { row: 'claim-span', stat: 'recall' },
    target: 0.9,
  },
  {
    id: 'claims.spanOverlap',
    group: 'claims',
    label: 'span overlap (mean Dice)',
    source: { mean: 'claim-span-overlap' },
  },
  {
    id: 'claims.kindRight',
    group: 'claims',
    label: 'kind right',
    source: { row: 'claim-kind', stat: 'recall' },
  },
  {
    id: 'claims.responsibilityPrecision',
    group: 'claims',
    label: 'responsibility precision',
    source: { row: 'responsibility-claims', stat: 'precision' },
  },
  {
    id: 'claims.responsibilityRecall',
    group: 'claims',
    label: 'responsibility recall',
    source: { row: 'responsibility-claims', stat: 'recall' },
  },
  {
    id: 'claims.creditF1',
    group: 'claims',
    label: 'credit F1 (claimant + credited)',
    source: { row: 'credit-claims', stat: 'f1' },
  },
];

/** A measure's value on a score, with the counts it comes from. */
export interface MeasureValue {
  /** null where there is nothing to divide by. */
  value: number | null;
  /** `50/60` for a ratio, `n=20` for a mean, `tp/fp/fn` for an F1. */
  basis: string;
}

/** The value of one measure on a set's (or topic's) scores. */
export function measureValue(measure: Measure, score: Pick<CorpusScore, 'total' | 'means'>): MeasureValue {
  const source = measure.source;
  if ('mean' in source) {
    const mean = score.means[source.mean];
    return { value: mean.n === 0 ? null : mean.sum / mean.n, basis: `n=${mean.n}` };
  }
  const counts = score.total[source.row];
  const value = prf(counts)[source.stat];
  if (source.stat === 'precision') return { value, basis: `${counts.tp}/${counts.tp + counts.fp}` };
  if (source.stat === 'recall') return { value, basis: `${counts.tp}/${counts.tp + counts.fn}` };
  return { value, basis: `${counts.tp}/${counts.fp}/${counts.fn}` };
}

/** The measure with an id (throws on a programming error: an unknown id). */
export function measureById(id: string): Measure {
  const found = MEASURES.find((m) => m.id === id);
  if (found === undefined) throw new Error(`no measure ${id}`);
  return found;
}

/** The short per-topic figures, in column order. */
export const TOPIC_MEASURES: readonly { id: string; header: string }[] = [
  { id: 'actors.precision', header: 'actor P' },
  { id: 'actors.recallTyped', header: 'actor R typed' },
  { id: 'events.precision', header: 'event P' },
  { id: 'events.recall', header: 'event R' },
  { id: 'events.coverage', header: 'coverage' },
  { id: 'claims.precision', header: 'claim P' },
  { id: 'claims.recall', header: 'claim R' },
  { id: 'claims.claimantRight', header: 'claimant' },
  { id: 'claims.spanAcceptable', header: 'span' },
];
