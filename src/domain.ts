/**
 * The shapes that flow through the pipeline: source → extract → resolve → load.
 *
 * Every stage takes and returns plain data from this file, so each can be tested alone
 * and the loader never needs to know how a fact was found.
 */

/** One article as read by the source stage, before any extraction. */
export interface ArticleDoc {
  /** Stable id derived from the content (see `articleId` in pipeline/source). */
  id: string;
  title: string;
  /** The body text that every character offset refers to (title excluded). */
  text: string;
  /** sha256 of title + text; a changed article keeps its id but changes this hash. */
  contentHash: string;
  url?: string;
  outlet?: string;
  author?: string;
  /** Publication date as ISO `YYYY-MM-DD` (or a prefix, see `datePrecision`). */
  publishedAt?: string;
  datePrecision?: DatePrecision;
  /** Where it came from: a file path, or `file.csv#row-12`. */
  sourceFile: string;
}

export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Which extractor found a fact, and how sure it is. Carried by every fact. */
export interface Extraction {
  /** 0..1 */
  confidence: number;
  /** e.g. `rules/claims` */
  extractor: string;
  /** semver of the extractor package, bumped whenever output can change */
  extractorVersion: string;
}

/** Where in an article a fact was read. Offsets are UTF-16 indices into `ArticleDoc.text`, end exclusive. */
export interface Evidence extends Extraction {
  articleId: string;
  sentenceIndex: number;
  /** The sentence, verbatim. */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** The span of the fact itself inside the text (the name, the trigger word, the quote). */
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

export const ACTOR_TYPES = [
  'PERSON',
  'STATE',
  'GOVERNMENT_BODY',
  'MILITARY',
  'ARMED_GROUP',
  'COMPANY',
  'SPORTS_TEAM',
  'ORGANISATION',
  'MEDIA',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const PLACE_TYPES = ['COUNTRY', 'CITY', 'REGION', 'SITE', 'OTHER'] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

/** A name as it appears in the text, before resolution. */
export interface Mention {
  /** Text as written, e.g. "Syrian President Bashar al-Assad". */
  surface: string;
  /** The name with titles stripped, e.g. "Bashar al-Assad". */
  name: string;
  kind: 'ACTOR' | 'PLACE';
  type: ActorType | PlaceType;
  /** Titles and roles found next to the name ("Syrian President", "Kremlin spokesman"). */
  titles: string[];
  /** When the mention is a demonym or adjective acting for an actor ("Russian airstrikes"). */
  viaDemonym?: string;
  evidence: Evidence;
}

/** A mention after resolution: the entity it stands for, and the rule that decided it. */
export interface ResolvedMention extends Mention {
  /** Id of the `Actor` or `Place` it resolved to. */
  entityId: string;
  /** How the surface form was resolved: `exact`, `alias-table`, `acronym`, `surname`, `demonym`, … */
  rule: string;
}

/** One real-world actor after resolution. Id is stable across articles and runs. */
export interface Actor extends Extraction {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  titles: string[];
  /** Id of the actor this one is part of (a ministry to its state). */
  partOf?: string;
}

export interface Place extends Extraction {
  id: string;
  name: string;
  type: PlaceType;
  aliases: string[];
  latitude?: number;
  longitude?: number;
  countryCode?: string;
  /** Id of the place this one lies in. */
  locatedIn?: string;
}

/** Records that a surface form was resolved to an entity, and by which rule; one per mention. */
export interface MentionLink {
  entityId: string;
  entityKind: 'ACTOR' | 'PLACE';
  surface: string;
  /** e.g. `alias-table`, `acronym`, `surname`, `demonym`, `exact` */
  rule: string;
  evidence: Evidence;
}

/** Event kinds: CAMEO root categories plus news extensions. Glosses and codes: src/knowledge/data/event-ontology.json. */
export const EVENT_TYPES = [
  'APPEAL',
  'PLEDGE',
  'MEETING',
  'NEGOTIATION',
  'AGREEMENT',
  'COOPERATION',
  'AID',
  'CEASEFIRE',
  'WITHDRAWAL',
  'RELEASE',
  'INVESTIGATION',
  'DEMAND',
  'CRITICISM',
  'LAWSUIT',
  'REJECTION',
  'THREAT',
  'PROTEST',
  'STRIKE',
  'MOBILISATION',
  'SANCTIONS',
  'ARREST',
  'DEPORTATION',
  'DESTRUCTION',
  'CAPTURE',
  'RECAPTURE',
  'OFFENSIVE',
  'ATTACK',
  'AIRSTRIKE',
  'KIDNAPPING',
  'ASSAULT',
  'BOMBING',
  'KILLING',
  'MASS_KILLING',
  'FINANCIAL_RESULTS',
  'DEAL',
  'PRODUCT_LAUNCH',
  'JOB_CUTS',
  'MARKET_MOVE',
  'CHARGE',
  'TRIAL',
  'RULING',
  'ELECTION',
  'VOTE',
  'LEGISLATION',
  'APPOINTMENT',
  'RESIGNATION',
  'MATCH',
  'TRANSFER',
  'INJURY',
  'WORK_RELEASE',
  'AWARD',
  'PERFORMANCE',
  'NATURAL_DISASTER',
  'ACCIDENT',
  'OUTBREAK',
  'DEATH',
  'OTHER',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Event categories: the 20 CAMEO roots, then the news extensions (see event-ontology.json). */
export const EVENT_CATEGORIES = [
  'STATEMENT',
  'APPEAL',
  'INTENT_TO_COOPERATE',
  'CONSULT',
  'DIPLOMATIC_COOPERATION',
  'MATERIAL_COOPERATION',
  'PROVIDE_AID',
  'YIELD',
  'INVESTIGATE',
  'DEMAND',
  'DISAPPROVE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'EXHIBIT_FORCE_POSTURE',
  'REDUCE_RELATIONS',
  'COERCE',
  'ASSAULT',
  'FIGHT',
  'MASS_VIOLENCE',
  'BUSINESS',
  'LAW',
  'POLITICS',
  'SPORT',
  'CULTURE',
  'DISASTER',
  'OTHER',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export const PARTICIPANT_ROLES = ['AGENT', 'TARGET', 'SUPPORTER', 'VICTIM'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Who took part in an event, as one article says (so the edge keeps its sentence). */
export interface EventParticipant {
  actorId: string;
  role: ParticipantRole;
  evidence: Evidence;
}

/** One real-world event, possibly reported by many articles. */
export interface Event extends Extraction {
  id: string;
  type: EventType;
  /** The kind's category: a CAMEO root or a news extension (src/knowledge/data/event-ontology.json). */
  category?: EventCategory;
  /** Human caption, e.g. "Recapture of Palmyra". */
  label: string;
  placeId?: string;
  /** Normalised event date (not the publication date), ISO prefix matching `datePrecision`. */
  date?: string;
  datePrecision?: DatePrecision;
  /** Where the date came from (see `DateBasis`). */
  dateBasis?: DateBasis;
  participants: EventParticipant[];
  /** Which identity rule gave the id (`key`, or a rule joining it to an event of an earlier article). */
  mergeRule?: string;
  /**
   * What this article's readings say identifies the event (one per reading joined to it), stored so a
   * later ingest run can join it; absent when the event is scoped to its article.
   */
  identities?: EventIdentityFacts[];
}

/** The identity parts of one article's report of an event (src/pipeline/extract/events/event-memory.ts). */
export interface EventIdentityFacts {
  /** Identity family (CONTROL for capture and recapture, OFFENSIVE for attacks and offensives, else the kind). */
  family: string;
  placeId?: string;
  /** Acting side (an actor id), `against:<side>` when only the loser is known, or '?'. */
  side: string;
  sufferers: string[];
  /** Sides named as backing the acting side. */
  allies: string[];
  /** Months (YYYY-MM) the article dates the event in. */
  months: string[];
}

/**
 * Where a date came from: written out in full (`absolute`), read against the publication date
 * (`publication`) or the dateline (`dateline`), given its year by another absolute date of the
 * same article in that month (`article-dates`), or by other articles on the same event (`other-reports`).
 */
export const DATE_BASES = ['absolute', 'publication', 'dateline', 'article-dates', 'other-reports'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** A number that measures an event, as one article gives it: a score, an amount, casualties. */
export interface EventCount {
  /** What is counted: `killed`, `injured`, `score`, `amount`, `jobs`, `percent`, `votes`, `arrested`. */
  what: string;
  /** The number (a score keeps its text form, '2-1'). */
  value: number | string;
  /** Currency or unit when the words give one (`USD`, `GBP`, `EUR`). */
  unit?: string;
  /** 'more than', 'about', 'at least', when the words hedge the number. */
  qualifier?: string;
  /** The words as written, and where they are in the article text. */
  text: string;
  start: number;
  end: number;
}

/** One article's report of an event: its own sentence, and the date it gives. */
export interface EventReport {
  eventId: string;
  /** The words that gave the date ("on March 27", "last May"), if any. */
  dateText?: string;
  date?: string;
  datePrecision?: DatePrecision;
  dateBasis?: DateBasis;
  /** 1..12 when the words name a month, even without a year: 'back in December' and 'last May' disagree. */
  monthOfYear?: number;
  /** The trigger words as written ('recaptured', 'liberation'), for search text. */
  trigger?: string;
  /** Numbers the sentence gives for the event (casualties, a score, an amount). */
  counts?: EventCount[];
  /** The sentence tells the event as a comparison or background about another place ('like the destruction of …'). */
  background?: boolean;
  evidence: Evidence;
}

export const CLAIM_KINDS = [
  'STATEMENT',
  'CREDIT',
  'RESPONSIBILITY',
  'REPORT',
  'DENIAL',
  'ACCUSATION',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** An attributed statement. */
export interface Claim extends Extraction {
  id: string;
  kind: ClaimKind;
  /** The quote, or the reported speech as written. */
  text: string;
  direct: boolean;
  claimantId: string;
  /** Actors that relayed the claim (an agency the statement was given to). */
  relayedByIds: string[];
  /** Actors the claim gives credit to (kind CREDIT). */
  creditedIds: string[];
  /** Ids of events, actors or places the claim is about. */
  aboutIds: string[];
}

export interface ClaimReport {
  claimId: string;
  evidence: Evidence;
}

/** Everything extracted from one article, already resolved to global ids. This is what the loader writes. */
export interface ArticleGraph {
  article: ArticleDoc;
  actors: Actor[];
  places: Place[];
  mentions: MentionLink[];
  events: Event[];
  eventReports: EventReport[];
  claims: Claim[];
  claimReports: ClaimReport[];
}
