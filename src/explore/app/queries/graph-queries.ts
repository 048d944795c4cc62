/** The documents that fill the graph: search hits, a node's neighbourhood, and what tells same-named nodes apart. */

import type { GraphView } from '../graph-data.js';

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
