/** The documents of the details panel for a claim or an event. */

import type { ClaimRef, Corroboration, EvidenceFields, NamedRef, ReportEdge } from './shared-shapes.js';
import { CLAIM_REF_FIELDS, EVIDENCE_FIELDS } from './shared-shapes.js';

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
