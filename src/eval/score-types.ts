import type { Counts } from './counts.js';

/** The measures the evaluation counts, in table order (the first nine are the original rows). */
export const ROWS = [
  'entities',
  'entities-any-type',
  'entity-typing',
  'events',
  'events-type-place',
  'event-dates',
  'claims',
  'claim-kind',
  'credit-claims',
  'actors',
  'actors-typed',
  'actor-typing',
  'places',
  'places-typed',
  'place-typing',
  'events-found',
  'event-agent',
  'event-place',
  'event-date',
  'event-counts',
  'central-events',
  'claims-found',
  'claimant',
  'claim-span',
  'responsibility-claims',
] as const;

export type RowKey = (typeof ROWS)[number];

/** What each row measures, for `--help` and the README. */
export const ROW_HELP: Record<RowKey, string> = {
  entities: 'actors and places matched by name, with the right kind (actor/place) and type',
  'entities-any-type': 'actors and places matched by name alone',
  'entity-typing': 'of the name-matched entities: is kind and type right (wrong = 1 fp + 1 fn)',
  events: 'events matched on type + place + an agent',
  'events-type-place': 'events matched on type + place (agent ignored)',
  'event-dates': 'of the events matched on type + place + agent: is the normalised date right',
  claims: 'claims matched on claimant + text overlap (claim attribution)',
  'claim-kind': 'of the matched claims: is the kind right (wrong = 1 fp + 1 fn)',
  'credit-claims': 'CREDIT claims matched on claimant + the set of credited actors',
  actors: 'entities-any-type, gold actors only (a prediction invented as an actor is its fp)',
  'actors-typed': 'entities, gold actors only: found with the right kind and type',
  'actor-typing': 'entity-typing, gold actors only',
  places: 'entities-any-type, gold places only',
  'places-typed': 'entities, gold places only',
  'place-typing': 'entity-typing, gold places only',
  'events-found': 'events matched on type + the reporting sentence (or type + place + agent)',
  'event-agent': 'of the found events with a gold agent: is an agent right (none = fn, wrong = fp + fn)',
  'event-place': 'of the found events with a gold place: is the place right (none = fn, wrong = fp + fn)',
  'event-date': 'of the found events: is the normalised date right',
  'event-counts':
    'of the found events: the numbers they give (casualties, scores, amounts), matched on value',
  'central-events': 'articles with a central gold event: is one of them found (coverage)',
  'claims-found': 'claims matched on text alone, loose boundaries (claimant ignored)',
  claimant: 'of the found claims: is the claimant right (wrong = 1 fp + 1 fn)',
  'claim-span': 'of the found claims: is the span acceptable (covers half the gold, 30 % of it gold)',
  'responsibility-claims': 'RESPONSIBILITY claims matched on claimant + text overlap',
};

/** Measures that are averages rather than counts. */
export const MEANS = ['claim-span-overlap'] as const;
export type MeanKey = (typeof MEANS)[number];

/** What each mean measures. */
export const MEAN_HELP: Record<MeanKey, string> = {
  'claim-span-overlap': 'of the found claims: mean token Dice overlap of predicted and gold text',
};

/** A running mean: the sum of the values and how many there are. */
export interface MeanSum {
  sum: number;
  n: number;
}

/** One error, for the verbose listing. */
export interface Issue {
  row: RowKey;
  /** FP: predicted, not in gold. FN: in gold, not predicted. WRONG: matched but an attribute is wrong. */
  kind: 'FP' | 'FN' | 'WRONG';
  text: string;
}

/** The counts of every row for one part of the evaluation. */
export type RowCounts = Record<RowKey, Counts>;

/** The means of one part of the evaluation. */
export type RowMeans = Record<MeanKey, MeanSum>;

/** One row's counts and its errors. */
export interface RowResult {
  counts: Counts;
  issues: Issue[];
}
