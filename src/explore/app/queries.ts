/**
 * Every GraphQL document the page sends, with the shape of its answer. Field names follow the top-level
 * `schema.graphql`; if the schema changes, this is the one file to update.
 */
import type { GraphView } from './graph-data.js';

export interface SearchHit {
  id: string;
  kind: string;
  caption: string;
  type?: string | null;
  score: number;
}

export const SEARCH = /* GraphQL */ `
  query Search($text: String!, $limit: Int) {
    search(text: $text, limit: $limit) {
      total
      items {
        id
        kind
        caption
        type
        score
      }
    }
  }
`;
export type SearchResult = { search: { total: number; items: SearchHit[] } };

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
      truncated
    }
  }
`;
export type NeighbourhoodResult = { neighbourhood: (GraphView & { truncated: boolean }) | null };

/** Evidence offsets as the API gives them; older data may lack some, so all may be null. */
export interface EvidenceFields {
  articleId?: string | null;
  sentence?: string | null;
  sentenceStart?: number | null;
  sentenceEnd?: number | null;
  start?: number | null;
  end?: number | null;
}

export interface ArticleRef {
  id: string;
  title: string;
  outlet?: string | null;
  publishedAt?: string | null;
  url?: string | null;
}

export interface ActorRef {
  id: string;
  name: string;
}

export interface CreditClaim {
  claim: { id: string };
  kind: string;
  claimant: ActorRef;
  credited: ActorRef[];
  text: string;
  direct?: boolean | null;
  event: { id: string; label: string } | null;
  sources: ArticleRef[];
  evidence: EvidenceFields[];
}

/** An event the question was matched to (or a suggestion), and the words that matched it. */
export interface EventMatch {
  event: { id: string; label: string };
  score: number;
  widened: boolean;
  claims: number;
  terms: { term: string; as: string; value: string }[];
}

/** The answer to "Who claimed credit?": the events matched and why, and one page of claims. */
export interface CreditAnswer {
  note: string;
  total: number;
  matched: EventMatch[];
  suggestions: EventMatch[];
  items: CreditClaim[];
}

const EVENT_MATCH_FIELDS = `
  event {
    id
    label
  }
  score
  widened
  claims
  terms {
    term
    as
    value
  }
`;

export const WHO_CLAIMED_CREDIT = /* GraphQL */ `
  query WhoClaimedCredit($event: String!, $limit: Int) {
    whoClaimedCredit(event: $event, limit: $limit) {
      note
      total
      matched { ${EVENT_MATCH_FIELDS} }
      suggestions { ${EVENT_MATCH_FIELDS} }
      items {
        claim {
          id
        }
        kind
        claimant {
          id
          name
        }
        credited {
          id
          name
        }
        text
        direct
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
  }
`;
export type WhoClaimedCreditResult = { whoClaimedCredit: CreditAnswer };

export interface EventSummary {
  id: string;
  label: string;
  type?: string | null;
  date?: string | null;
  datePrecision?: string | null;
  /** Where it happened, when known (timeline entries). */
  place?: string | null;
}

/**
 * The events that credit claims are about, to suggest in the "Who claimed credit?" panel (the page ranks
 * them by how many credit claims they have).
 */
export const CREDIT_SUGGESTIONS = /* GraphQL */ `
  query CreditSuggestions($limit: Int) {
    claims(where: { kind: { eq: CREDIT } }, limit: $limit) {
      id
      aboutEvents {
        id
        label
        type
        date
      }
    }
  }
`;
export type CreditSuggestionsResult = { claims: { id: string; aboutEvents: EventSummary[] }[] };

export const TIMELINE = /* GraphQL */ `
  query Timeline($subject: String!, $limit: Int) {
    timeline(subject: $subject, limit: $limit) {
      total
      items {
        event {
          id
          label
          type
        }
        date
        datePrecision
        place {
          id
          name
        }
      }
    }
  }
`;
export interface TimelineEntry {
  event: { id: string; label: string; type?: string | null };
  date?: string | null;
  datePrecision?: string | null;
  place?: { id: string; name: string } | null;
}
export type TimelineResult = { timeline: { total: number; items: TimelineEntry[] } };

export interface ReportEdge<P> {
  properties: P;
  node: ArticleRef & { text?: string | null };
}

export interface NamedRef {
  id: string;
  name?: string;
  label?: string;
}

export interface ClaimRef {
  id: string;
  kind: string;
  text: string;
  claimedBy: NamedRef[];
}

const CLAIM_REF_FIELDS = 'id kind text claimedBy { id name }';

export interface Corroboration {
  articles: number;
  outlets: number;
  status: string;
}

export interface ClaimDetail {
  id: string;
  kind: string;
  text: string;
  direct?: boolean | null;
  confidence?: number | null;
  claimedBy: NamedRef[];
  relayedBy: NamedRef[];
  credits: NamedRef[];
  aboutEvents: NamedRef[];
  aboutActors: NamedRef[];
  aboutPlaces: NamedRef[];
  corroboration: Corroboration;
  reportedByConnection: { edges: ReportEdge<EvidenceFields>[] };
}

const ARTICLE_FIELDS = 'id title outlet publishedAt url text';
const EVIDENCE_FIELDS = 'sentence sentenceStart sentenceEnd start end';

export const CLAIM_DETAIL = /* GraphQL */ `
  query ClaimDetail($id: ID!) {
    claims(where: { id: { eq: $id } }, limit: 1) {
      id
      kind
      text
      direct
      confidence
      claimedBy { id name }
      relayedBy { id name }
      credits { id name }
      aboutEvents { id label }
      aboutActors { id name }
      aboutPlaces { id name }
      corroboration { articles outlets status }
      reportedByConnection {
        edges {
          properties { ${EVIDENCE_FIELDS} }
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

export interface EventDetail {
  id: string;
  label: string;
  type?: string | null;
  date?: string | null;
  datePrecision?: string | null;
  confidence?: number | null;
  occurredIn: NamedRef[];
  participantsConnection: {
    edges: { properties: { role?: string | null }; node: NamedRef & { type?: string } }[];
  };
  claimsAbout: ClaimRef[];
  corroboration: Corroboration;
  reportedByConnection: { edges: ReportEdge<EventReportFields>[] };
}

export const EVENT_DETAIL = /* GraphQL */ `
  query EventDetail($id: ID!) {
    events(where: { id: { eq: $id } }, limit: 1) {
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
      claimsAbout(limit: 50) { ${CLAIM_REF_FIELDS} }
      corroboration { articles outlets status }
      reportedByConnection {
        edges {
          properties { ${EVIDENCE_FIELDS} dateText date }
          node { id title outlet publishedAt url }
        }
      }
    }
  }
`;
export type EventDetailResult = { events: EventDetail[] };

export interface EntityDetail {
  id: string;
  name: string;
  type?: string | null;
  aliases?: string[] | null;
  titles?: string[] | null;
  countryCode?: string | null;
  /** Actor: claims it made. Place: claims about it. */
  claims: ClaimRef[];
  /** Actor: events it took part in. Place: events that happened there. */
  events: (EventSummary & { role?: string | null })[];
}

export const ACTOR_DETAIL = /* GraphQL */ `
  query ActorDetail($id: ID!) {
    actors(where: { id: { eq: $id } }, limit: 1) {
      id
      name
      type
      aliases
      titles
      claims(limit: 50) { ${CLAIM_REF_FIELDS} }
      participatedInConnection(first: 50) {
        edges {
          properties { role }
          node { id label type date datePrecision }
        }
      }
    }
  }
`;
export type ActorDetailResult = {
  actors: (Omit<EntityDetail, 'claims' | 'events'> & {
    claims: ClaimRef[];
    participatedInConnection: { edges: { properties: { role?: string | null }; node: EventSummary }[] };
  })[];
};

export const PLACE_DETAIL = /* GraphQL */ `
  query PlaceDetail($id: ID!) {
    places(where: { id: { eq: $id } }, limit: 1) {
      id
      name
      type
      aliases
      countryCode
      claimsAbout(limit: 50) { ${CLAIM_REF_FIELDS} }
      events(limit: 50) { id label type date datePrecision }
    }
  }
`;
export type PlaceDetailResult = {
  places: (Omit<EntityDetail, 'claims' | 'events'> & { claimsAbout: ClaimRef[]; events: EventSummary[] })[];
};

export interface ArticleDetail extends ArticleRef {
  wordCount?: number | null;
}

export const ARTICLE_DETAIL = /* GraphQL */ `
  query ArticleDetail($id: ID!) {
    articles(where: { id: { eq: $id } }, limit: 1) {
      id
      title
      outlet
      publishedAt
      url
      wordCount
    }
  }
`;
export type ArticleDetailResult = { articles: ArticleDetail[] };

export const OUTLET_DETAIL = /* GraphQL */ `
  query OutletDetail($id: ID!) {
    outlets(where: { id: { eq: $id } }, limit: 1) {
      id
      name
      articles(limit: 50) {
        id
        title
        publishedAt
      }
    }
  }
`;
export type OutletDetailResult = {
  outlets: {
    id: string;
    name: string;
    articles: { id: string; title: string; publishedAt?: string | null }[];
  }[];
};

/** The claims about a subject, for the claim-centred view: speaker → claim → credited / about. */
export const CLAIMS_ABOUT = /* GraphQL */ `
  query ClaimsAbout($subject: String!) {
    claimsAbout(subject: $subject, limit: 50) {
      items {
        claim {
          id
        }
        kind
        text
        direct
        claimant {
          id
          name
        }
        credited {
          id
          name
        }
        aboutEvents {
          id
          label
          date
        }
        aboutActors {
          id
          name
        }
        aboutPlaces {
          id
          name
        }
        sources {
          id
        }
      }
    }
  }
`;
export interface AttributedClaim {
  claim: { id: string };
  kind: string;
  text: string;
  direct?: boolean | null;
  claimant: { id: string; name: string } | null;
  credited: { id: string; name: string }[];
  aboutEvents: { id: string; label: string; date?: string | null }[];
  aboutActors: { id: string; name: string }[];
  aboutPlaces: { id: string; name: string }[];
  sources: { id: string }[];
}
export type ClaimsAboutResult = { claimsAbout: { items: AttributedClaim[] } };

/** Places per map request: pages this small stay under the API's complexity limit. */
export const MAP_PAGE_SIZE = 50;

/** One page of places with what happened there, for the map. */
export const MAP_PLACES = /* GraphQL */ `
  query MapPlaces($offset: Int!) {
    places(limit: ${MAP_PAGE_SIZE}, offset: $offset) {
      id
      name
      type
      latitude
      longitude
      events(limit: 8) {
        id
        label
        date
        type
      }
      claimsAbout(limit: 8) {
        id
        text
        kind
      }
    }
  }
`;
export interface MapPlace {
  id: string;
  name: string;
  type?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  events: { id: string; label: string; date?: string | null; type?: string | null }[];
  claimsAbout: { id: string; text: string; kind: string }[];
}
export type MapPlacesResult = { places: MapPlace[] };

/** What tells two events or claims with the same caption apart: date, agent and place. */
export const DISAMBIGUATION = /* GraphQL */ `
  query Disambiguation($ids: [ID!]!) {
    events(where: { id: { in: $ids } }, limit: 50) {
      id
      date
      datePrecision
      occurredIn(limit: 1) {
        name
      }
      participantsConnection(where: { edge: { role: { eq: AGENT } } }, first: 2) {
        edges {
          node {
            name
          }
        }
      }
    }
    claims(where: { id: { in: $ids } }, limit: 50) {
      id
      kind
      claimedBy(limit: 1) {
        name
      }
      reportedByConnection {
        totalCount
      }
    }
  }
`;
export interface EventDisambiguation {
  id: string;
  date?: string | null;
  datePrecision?: string | null;
  occurredIn: { name: string }[];
  participantsConnection: { edges: { node: { name: string } }[] };
}
export interface ClaimDisambiguation {
  id: string;
  kind: string;
  claimedBy: { name: string }[];
  reportedByConnection: { totalCount: number };
}
export type DisambiguationResult = { events: EventDisambiguation[]; claims: ClaimDisambiguation[] };
