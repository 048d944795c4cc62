import type { Counts } from './counts.js';

/** The measures the evaluation reports, in table order. */
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
] as const;

export type RowKey = (typeof ROWS)[number];

/** What each row measures, for `--help` and the README. */
export const ROW_HELP: Record<RowKey, string> = {
  entities: 'actors and places matched by name, with the right kind (actor/place) and type',
  'entities-any-type': 'actors and places matched by name alone',
  'entity-typing': 'of the name-matched entities: is kind and type right (wrong = 1 fp + 1 fn)',
  events: 'events matched on type + place + an agent',
  'events-type-place': 'events matched on type + place (agent ignored)',
  'event-dates': 'of the matched events: is the normalised date right',
  claims: 'claims matched on claimant + text overlap (claim attribution)',
  'claim-kind': 'of the matched claims: is the kind right (wrong = 1 fp + 1 fn)',
  'credit-claims': 'CREDIT claims matched on claimant + the set of credited actors',
};

/** One error, for the verbose listing. */
export interface Issue {
  row: RowKey;
  /** FP: predicted, not in gold. FN: in gold, not predicted. WRONG: matched but an attribute is wrong. */
  kind: 'FP' | 'FN' | 'WRONG';
  text: string;
}

/** The counts of every row for one part of the evaluation. */
export type RowCounts = Record<RowKey, Counts>;

/** One row's counts and its errors. */
export interface RowResult {
  counts: Counts;
  issues: Issue[];
}
