/** The documents of the "Who claimed credit?" panel: the answer, and the events to suggest. */

import type { ActorRef, ArticleRef, EventSummary, EvidenceFields } from './shared-shapes.js';

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
