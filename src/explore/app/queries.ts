/**
 * Every GraphQL document the page sends, with the shape of its answer. Field names follow the top-level
 * `schema.graphql`; if the schema changes, this is the one file to update.
 */
import type { GraphView } from './graph-data.js';

export interface SearchHit {
  id: string;
  kind: string;
  name: string;
  score: number;
}

export const SEARCH = /* GraphQL */ `
  query Search($text: String!, $limit: Int) {
    search(text: $text, limit: $limit) {
      id
      kind
      name
      score
    }
  }
`;
export type SearchResult = { search: SearchHit[] };

export const NEIGHBOURHOOD = /* GraphQL */ `
  query Neighbourhood($id: ID!, $depth: Int) {
    neighbourhood(id: $id, depth: $depth) {
      nodes {
        id
        kind
        caption
        type
      }
      edges {
        id
        source
        target
        type
        role
      }
    }
  }
`;
export type NeighbourhoodResult = { neighbourhood: GraphView | null };

export interface EvidenceFields {
  articleId?: string;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  start: number;
  end: number;
}

export interface ArticleRef {
  id: string;
  title: string;
  outlet?: string | null;
  publishedAt?: string | null;
  url?: string | null;
}

export interface CreditClaim {
  claimant: { id: string; name: string } | null;
  credited: { id: string; name: string }[];
  text: string;
  claim: { id: string };
  event: { id: string; label: string } | null;
  sources: ArticleRef[];
  evidence: EvidenceFields[];
}

export const WHO_CLAIMED_CREDIT = /* GraphQL */ `
  query WhoClaimedCredit($event: String!) {
    whoClaimedCredit(event: $event) {
      claimant {
        id
        name
      }
      credited {
        id
        name
      }
      text
      claim {
        id
      }
      event {
        id
        label
      }
      sources {
        id
        title
        outlet
        publishedAt
      }
      evidence {
        articleId
        sentence
        sentenceStart
        sentenceEnd
        start
        end
      }
    }
  }
`;
export type WhoClaimedCreditResult = { whoClaimedCredit: CreditClaim[] };

export interface EventSummary {
  id: string;
  label: string;
  type: string;
  date?: string | null;
  datePrecision?: string | null;
}

/** Events to suggest in the "Who claimed credit?" panel: the most reported first. */
export const EVENT_SUGGESTIONS = /* GraphQL */ `
  query EventSuggestions($limit: Int) {
    events(limit: $limit, sort: [{ confidence: DESC }]) {
      id
      label
      type
      date
      reportedByConnection {
        totalCount
      }
      claimsConnection {
        totalCount
      }
    }
  }
`;
export type EventSuggestionsResult = {
  events: (EventSummary & {
    reportedByConnection: { totalCount: number };
    claimsConnection: { totalCount: number };
  })[];
};

export const TIMELINE = /* GraphQL */ `
  query Timeline($subject: String!) {
    timeline(subject: $subject) {
      id
      label
      type
      date
      datePrecision
    }
  }
`;
export type TimelineResult = { timeline: EventSummary[] };

export interface ReportEdge<P> {
  properties: P;
  node: ArticleRef & { text?: string | null };
}

export interface NamedRef {
  __typename?: string;
  id: string;
  name?: string;
  label?: string;
}

export interface ClaimDetail {
  id: string;
  kind: string;
  text: string;
  direct: boolean;
  confidence: number;
  claimedBy: NamedRef[];
  relayedBy: NamedRef[];
  credits: NamedRef[];
  about: NamedRef[];
  reportedByConnection: { edges: ReportEdge<EvidenceFields>[] };
}

const ARTICLE_FIELDS = `id title outlet publishedAt url text`;

export const CLAIM_DETAIL = /* GraphQL */ `
  query ClaimDetail($id: String!) {
    claims(where: { id: { eq: $id } }) {
      id
      kind
      text
      direct
      confidence
      claimedBy { id name }
      relayedBy { id name }
      credits { id name }
      about {
        __typename
        ... on Event { id label }
        ... on Actor { id name }
        ... on Place { id name }
      }
      reportedByConnection {
        edges {
          properties { sentence sentenceStart sentenceEnd start end }
          node { ${ARTICLE_FIELDS} }
        }
      }
    }
  }
`;
export type ClaimDetailResult = { claims: ClaimDetail[] };

export interface EventReportFields extends EvidenceFields {
  dateText?: string | null;
  date?: string | null;
}

export interface EventDetail extends EventSummary {
  confidence: number;
  occurredIn: NamedRef[];
  participantsConnection: { edges: { properties: { role: string }; node: NamedRef & { type?: string } }[] };
  claims: (NamedRef & { kind: string; text: string; claimedBy: NamedRef[] })[];
  reportedByConnection: { edges: ReportEdge<EventReportFields>[] };
}

export const EVENT_DETAIL = /* GraphQL */ `
  query EventDetail($id: String!) {
    events(where: { id: { eq: $id } }) {
      id
      label
      type
      date
      datePrecision
      confidence
      occurredIn { id name }
      participantsConnection {
        edges {
          properties { role }
          node { id name type }
        }
      }
      claims { id kind text claimedBy { id name } }
      reportedByConnection {
        edges {
          properties { sentence sentenceStart sentenceEnd start end dateText date }
          node { ${ARTICLE_FIELDS} }
        }
      }
    }
  }
`;
export type EventDetailResult = { events: EventDetail[] };

export interface EntityDetail {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  titles?: string[];
  countryCode?: string | null;
}

export const ACTOR_DETAIL = /* GraphQL */ `
  query ActorDetail($id: String!) {
    actors(where: { id: { eq: $id } }) { id name type aliases titles }
  }
`;
export type ActorDetailResult = { actors: EntityDetail[] };

export const PLACE_DETAIL = /* GraphQL */ `
  query PlaceDetail($id: String!) {
    places(where: { id: { eq: $id } }) { id name type aliases countryCode }
  }
`;
export type PlaceDetailResult = { places: EntityDetail[] };

export interface ClaimSummary {
  id: string;
  kind: string;
  text: string;
  claimant?: { id: string; name: string } | null;
}

export const CLAIMS_BY = /* GraphQL */ `
  query ClaimsBy($actor: String!) {
    claimsBy(actor: $actor) { id kind text }
  }
`;
export type ClaimsByResult = { claimsBy: ClaimSummary[] };

export const CLAIMS_ABOUT = /* GraphQL */ `
  query ClaimsAbout($subject: String!) {
    claimsAbout(subject: $subject) { id kind text }
  }
`;
export type ClaimsAboutResult = { claimsAbout: ClaimSummary[] };

export interface ArticleDetail extends ArticleRef {
  wordCount?: number | null;
}

export const ARTICLE_DETAIL = /* GraphQL */ `
  query ArticleDetail($id: String!) {
    articles(where: { id: { eq: $id } }) { id title outlet publishedAt url wordCount }
  }
`;
export type ArticleDetailResult = { articles: ArticleDetail[] };
