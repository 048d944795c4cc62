import type { ActorType, ClaimKind, DatePrecision, EventType, PlaceType } from '../domain.js';
import type { GoldMeta } from './gold-source.js';

/**
 * Hand-written gold annotations of one article (see `tests/gold/README.md` for the guidelines).
 * Names in events and claims refer to the `name` of an entry in `actors` (or `places`).
 */
export interface GoldArticle extends GoldMeta {
  /**
   * The article's name in reports. A seed gold file gives it (`001_f40a68550291adab.txt`, the file in
   * `seeds/`); for a gold file with a `source` the loader sets it to the source key
   * (`bbc-news/tech/012.txt`, `ag-news/test.csv#row-17`).
   */
  article: string;
  title?: string;
  annotator?: string;
  notes?: string[];
  /** False for a file written before event counts were annotated: its events' numbers are not scored. */
  countsAnnotated?: boolean;
  actors: GoldActor[];
  places: GoldPlace[];
  events: GoldEvent[];
  claims: GoldClaim[];
}

/** Fields every gold item may carry. */
export interface GoldItem {
  /** An item a careful analyst may or may not mark: finding it earns nothing, missing it costs nothing. */
  optional?: boolean;
  note?: string;
}

export interface GoldActor extends GoldItem {
  name: string;
  type: ActorType;
  /** Other types an analyst would also accept (an ambiguous case). */
  typeAlso?: (ActorType | PlaceType)[];
  /** Every form the article uses for the actor, as written. */
  surfaces: string[];
  /** Name of the gold actor this one belongs to (Syrian Army → Syria). */
  partOf?: string;
}

export interface GoldPlace extends GoldItem {
  name: string;
  type: PlaceType;
  typeAlso?: (ActorType | PlaceType)[];
  surfaces: string[];
  locatedIn?: string;
}

/** A number that measures an event: casualties, a score, an amount. */
export interface GoldCount extends GoldItem {
  /** What is counted: `killed`, `score`, `amount`, `jobs` … */
  what: string;
  /** A number, or a string for values such as a score (`2-1`). */
  value: number | string;
  /** For amounts: the currency or unit (`USD`, `GBP`, `%`). */
  unit?: string;
  /** The words that give the number, verbatim. */
  text: string;
}

export interface GoldEvent extends GoldItem {
  type: EventType;
  typeAlso?: EventType[];
  /** The article's central event (or one of them); articles with one are counted for coverage. */
  central?: boolean;
  /** Actors that carried the event out; empty when the article does not say (then any agent is accepted). */
  agents: string[];
  supporters?: string[];
  /** Actors or places acted upon (the company bought, the team beaten, the person arrested). */
  targets: string[];
  /** Where it happened, most specific named place; null when the article names none. */
  place: string | null;
  /** Coarser places an analyst would also accept (the city a site lies in). */
  placeAlso?: string[];
  dateText?: string;
  /** Normalised event date, an ISO prefix matching `datePrecision`. */
  date?: string;
  datePrecision?: DatePrecision;
  /** Numbers that measure the event. */
  counts?: GoldCount[];
  /** A distinctive substring of the sentence that reports the event. */
  sentence: string;
}

export interface GoldClaim extends GoldItem {
  claimant: string;
  /** Claimants also accepted (the speaker who relays another actor's position). */
  claimantAlso?: string[];
  kind: ClaimKind;
  direct: boolean;
  /** For CREDIT claims: the actors given credit. */
  credited: string[];
  relayedBy: string[];
  about?: string[];
  /** A distinctive substring of the quote or paraphrase. */
  text: string;
  /** The article that reports the claim: the annotated article itself (its `article` name). */
  reportedBy: string;
}
