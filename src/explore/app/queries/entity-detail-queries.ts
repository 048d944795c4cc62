/** The documents of the details panel for an actor, a place, an article or an outlet. */

import type { ArticleRef, ClaimRef, EventSummary } from './shared-shapes.js';
import { CLAIM_REF_FIELDS } from './shared-shapes.js';

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
