import type { GraphQLRequest } from './api.js';
import {
  renderArticle,
  renderClaim,
  renderEntity,
  renderEvent,
  renderOutlet,
  renderPlain,
} from './details-panel.js';
import type { Navigator } from './details-panel.js';
import {
  ACTOR_DETAIL,
  ARTICLE_DETAIL,
  CLAIM_DETAIL,
  EVENT_DETAIL,
  OUTLET_DETAIL,
  PLACE_DETAIL,
} from './queries.js';
import type {
  ActorDetailResult,
  ArticleDetailResult,
  ClaimDetailResult,
  EntityDetail,
  EventDetailResult,
  OutletDetailResult,
  PlaceDetailResult,
} from './queries.js';

type ActorAnswer = ActorDetailResult['actors'][number];
type PlaceAnswer = PlaceDetailResult['places'][number];

/** An actor as the details panel shows it: each event it took part in carries its role from the edge. */
export function actorEntity(actor: ActorAnswer): ActorAnswer & EntityDetail {
  const events = actor.participatedInConnection.edges.map((edge) => ({
    ...edge.node,
    role: edge.properties.role,
  }));
  return { ...actor, events };
}

/** A place as the details panel shows it: its claims are the claims about it. */
export function placeEntity(place: PlaceAnswer): PlaceAnswer & EntityDetail {
  return { ...place, claims: place.claimsAbout };
}

/** A node to show in the details panel; `caption` is used when the API no longer knows the node. */
export interface DetailsTarget {
  id: string;
  kind: string;
  caption: string;
}

/** Loads one node's details from the API and renders the panel for its kind. */
export async function loadDetails(
  request: GraphQLRequest,
  { id, kind, caption }: DetailsTarget,
  nav: Navigator,
): Promise<HTMLElement> {
  switch (kind) {
    case 'Claim': {
      const { claims } = await request<ClaimDetailResult>(CLAIM_DETAIL, { id });
      return claims[0] ? renderClaim(claims[0], nav) : renderPlain(kind, caption, id, nav);
    }
    case 'Event': {
      const { events } = await request<EventDetailResult>(EVENT_DETAIL, { id });
      return events[0] ? renderEvent(events[0], nav) : renderPlain(kind, caption, id, nav);
    }
    case 'Actor': {
      const { actors } = await request<ActorDetailResult>(ACTOR_DETAIL, { id });
      const actor = actors[0];
      return actor ? renderEntity('Actor', actorEntity(actor), nav) : renderPlain(kind, caption, id, nav);
    }
    case 'Place': {
      const { places } = await request<PlaceDetailResult>(PLACE_DETAIL, { id });
      const place = places[0];
      return place ? renderEntity('Place', placeEntity(place), nav) : renderPlain(kind, caption, id, nav);
    }
    case 'Outlet': {
      const { outlets } = await request<OutletDetailResult>(OUTLET_DETAIL, { id });
      return outlets[0] ? renderOutlet(outlets[0], nav) : renderPlain(kind, caption, id, nav);
    }
    case 'Article': {
      const { articles } = await request<ArticleDetailResult>(ARTICLE_DETAIL, { id });
      return articles[0] ? renderArticle(articles[0], nav) : renderPlain(kind, caption, id, nav);
    }
    default:
      return renderPlain(kind, caption, id, nav);
  }
}
