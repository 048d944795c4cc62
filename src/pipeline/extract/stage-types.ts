import type { Claim, ClaimReport, Event, EventReport, Mention, Sentence } from '../../domain.js';

/** The first half of extraction: what resolve needs. */
export interface ArticleMentions {
  sentences: Sentence[];
  mentions: Mention[];
  /** The extractor name that found the mentions (`rules/entities`, …), recorded on each entity. */
  extractor: string;
}

/** The second half of extraction: what happened, and who said what. */
export interface ArticleFacts {
  events: Event[];
  eventReports: EventReport[];
  claims: Claim[];
  claimReports: ClaimReport[];
}
