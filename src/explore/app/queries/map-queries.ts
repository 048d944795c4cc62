/** The documents of the map view: every place with coordinates, page by page. */

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
