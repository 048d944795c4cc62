/** Answer shapes and field lists that several of the page's GraphQL documents share. */

/** Evidence offsets as the API gives them; older data may lack some, so all may be null. */
export interface EvidenceFields {
  articleId?: string | null;
  sentence?: string | null;
  sentenceStart?: number | null;
  sentenceEnd?: number | null;
  start?: number | null;
  end?: number | null;
}

/** An article as a fact's source. */
export interface ArticleRef {
  id: string;
  title: string;
  outlet?: string | null;
  publishedAt?: string | null;
  url?: string | null;
}

/** An actor by id and name. */
export interface ActorRef {
  id: string;
  name: string;
}

/** An event in a list: the timeline, suggestions, an actor's or a place's events. */
export interface EventSummary {
  id: string;
  label: string;
  type?: string | null;
  date?: string | null;
  datePrecision?: string | null;
  /** Where it happened, when known (timeline entries). */
  place?: string | null;
}

/** One article's report of a fact: the evidence on the edge, the article at its end. */
export interface ReportEdge<P> {
  properties: P;
  node: ArticleRef & { text?: string | null };
}

/** A linked node: actors and places have a name, events a label. */
export interface NamedRef {
  id: string;
  name?: string;
  label?: string;
}

/** A claim listed under another node. */
export interface ClaimRef {
  id: string;
  kind: string;
  text: string;
  claimedBy: NamedRef[];
}

/** The fields of a claim listed under another node (a `ClaimRef`). */
export const CLAIM_REF_FIELDS = 'id kind text claimedBy { id name }';

/** How many articles and outlets report a fact, and the status that gives it. */
export interface Corroboration {
  articles: number;
  outlets: number;
  status: string;
}

/** Where a report's sentence and span lie in its article (an `EvidenceFields` edge). */
export const EVIDENCE_FIELDS = 'sentence sentenceStart sentenceEnd start end';
