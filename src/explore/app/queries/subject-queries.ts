/** The documents about one searched subject: its timeline, and the claims about it for the claim-centred view. */

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
