import type { GraphQLRequest } from './api.js';
import { MAP_PAGE_SIZE, MAP_PLACES } from './queries.js';
import type { MapPlace, MapPlacesResult } from './queries.js';

/** Every place with its events and claims, read page by page until a page comes back short. */
export async function loadMapPlaces(request: GraphQLRequest): Promise<MapPlace[]> {
  const all: MapPlace[] = [];
  for (let offset = 0; ; offset += MAP_PAGE_SIZE) {
    const page = await request<MapPlacesResult>(MAP_PLACES, { offset });
    all.push(...page.places);
    if (page.places.length < MAP_PAGE_SIZE) return all;
  }
}
