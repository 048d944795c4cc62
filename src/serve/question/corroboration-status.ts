/** What the sources say about a claim or event, counted; the status follows from the count alone. */
export interface SourceTally {
  /** Distinct articles reporting it. */
  articles: number;
  /** Distinct known outlets of those articles. */
  outlets: number;
  /** Articles whose outlet is unknown. */
  unknownOutletArticles: number;
  /** Whether the sources contradict each other about it. */
  contested: boolean;
}

export type CorroborationStatus = 'CORROBORATED' | 'SINGLE_SOURCE' | 'CONTESTED';

/**
 * The status from a tally: `CONTESTED` when a contradiction exists; `CORROBORATED` when at least two
 * articles report it from at least two outlets (an article of unknown outlet counts as possibly another
 * outlet, so two articles of unknown outlets corroborate); otherwise `SINGLE_SOURCE`.
 */
export function corroborationStatus(tally: SourceTally): CorroborationStatus {
  if (tally.contested) return 'CONTESTED';
  if (tally.articles >= 2 && tally.outlets + tally.unknownOutletArticles >= 2) return 'CORROBORATED';
  return 'SINGLE_SOURCE';
}
