import { geoGraticule10, geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { kindStyle } from './graph-style.js';
import { chooseLabels } from './label-collisions.js';
import type { MapPlace } from './queries.js';

const SVG = 'http://www.w3.org/2000/svg';
/** Degrees of margin around the places, so a single city still shows its region. */
const MARGIN_DEGREES = 6;
/** Most events and claims drawn around one place; the rest are counted in its caption. */
const RING_MAX = 8;
/** Drawing order: wide places first, so a city is drawn over the country or region around it. */
const TYPE_ORDER: Readonly<Record<string, number>> = { COUNTRY: 0, REGION: 1, CITY: 2, SITE: 3 };

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  ...children: (SVGElement | string)[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) element.append(child);
  return element;
}

/** The places that can be drawn: those with both coordinates. */
export function placesWithCoordinates(
  places: readonly MapPlace[],
): (MapPlace & { latitude: number; longitude: number })[] {
  return places.filter(
    (place): place is MapPlace & { latitude: number; longitude: number } =>
      typeof place.latitude === 'number' && typeof place.longitude === 'number',
  );
}

/** The area to show: the places' extent plus a margin, as a GeoJSON multipoint the projection fits. */
export function mapExtent(places: readonly { latitude: number; longitude: number }[]): GeoPermissibleObjects {
  if (places.length === 0) return { type: 'Sphere' };
  const lats = places.map((p) => p.latitude);
  const lons = places.map((p) => p.longitude);
  const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));
  const south = clamp(Math.min(...lats) - MARGIN_DEGREES, 85);
  const north = clamp(Math.max(...lats) + MARGIN_DEGREES, 85);
  const west = clamp(Math.min(...lons) - MARGIN_DEGREES, 180);
  const east = clamp(Math.max(...lons) + MARGIN_DEGREES, 180);
  return {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [east, north],
      [west, north],
      [east, south],
    ],
  };
}

export interface PlaceMapOptions {
  /** A place, event or claim marker was chosen. */
  onOpen: (id: string, kind: string) => void;
}

/**
 * Draws the places that have coordinates on an offline base map (Natural Earth 1:110m countries from the
 * world-atlas package, projected with d3-geo; no tile server), each with its events (diamonds) and the
 * claims about it (squares) in a ring around it. Returns how many places were drawn.
 */
export function renderPlaceMap(
  container: HTMLElement,
  places: readonly MapPlace[],
  options: PlaceMapOptions,
): number {
  const drawable = placesWithCoordinates(places).sort(
    (a, b) => (TYPE_ORDER[a.type ?? ''] ?? 1) - (TYPE_ORDER[b.type ?? ''] ?? 1),
  );
  const width = Math.max(container.clientWidth, 320);
  const height = Math.max(container.clientHeight, 240);
  const projection = geoNaturalEarth1().fitExtent(
    [
      [24, 24],
      [width - 24, height - 24],
    ],
    mapExtent(drawable),
  );
  const path = geoPath(projection);
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries);

  const base = svg('g', { class: 'base' });
  base.append(svg('path', { class: 'sphere', d: path({ type: 'Sphere' }) ?? '' }));
  base.append(svg('path', { class: 'graticule', d: path(geoGraticule10()) ?? '' }));
  for (const country of countries.features) {
    const name = String((country.properties as { name?: string } | null)?.name ?? '');
    base.append(svg('path', { class: 'country', d: path(country) ?? '' }, svg('title', {}, name)));
  }

  const markers = svg('g', { class: 'markers' });
  // Place names that would overlap a busier place's name are left out (the marker's tooltip keeps it).
  const positions = new Map(
    drawable.map((place) => [place.id, projection([place.longitude, place.latitude])] as const),
  );
  const named = chooseLabels(
    drawable.flatMap((place) => {
      const point = positions.get(place.id);
      if (!point) return [];
      const [x, y] = point;
      const box = { x1: x + 8, y1: y - 22, x2: x + 10 + place.name.length * 7.2, y2: y - 6 };
      return [{ id: place.id, box, priority: place.events.length + place.claimsAbout.length }];
    }),
  );
  const button = (element: SVGElement, id: string, kind: string, label: string): SVGElement => {
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', label);
    element.setAttribute('data-id', id);
    element.append(svg('title', {}, label));
    element.addEventListener('click', () => options.onOpen(id, kind));
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') options.onOpen(id, kind);
    });
    return element;
  };
  for (const place of drawable) {
    const point = positions.get(place.id);
    if (!point) continue;
    const [x, y] = point;
    const group = svg('g', {
      class: 'place-marker',
      transform: `translate(${x.toFixed(1)},${y.toFixed(1)})`,
    });
    const around = [
      ...place.events.map((event) => ({
        id: event.id,
        kind: 'Event',
        label: event.date ? `${event.label}, ${event.date}` : event.label,
      })),
      ...place.claimsAbout.map((claim) => ({
        id: claim.id,
        kind: 'Claim',
        label: `${claim.kind}: ${claim.text}`,
      })),
    ];
    around.slice(0, RING_MAX).forEach((item, index, shown) => {
      const angle = (2 * Math.PI * index) / shown.length - Math.PI / 2;
      const [ix, iy] = [16 * Math.cos(angle), 16 * Math.sin(angle)];
      const style = kindStyle(item.kind);
      const shape =
        item.kind === 'Event'
          ? svg('rect', {
              x: -4,
              y: -4,
              width: 8,
              height: 8,
              transform: `translate(${ix.toFixed(1)},${iy.toFixed(1)}) rotate(45)`,
              fill: style.colour,
              class: 'event-marker',
            })
          : svg('rect', {
              x: -3.5,
              y: -3.5,
              width: 7,
              height: 7,
              rx: 1.5,
              transform: `translate(${ix.toFixed(1)},${iy.toFixed(1)})`,
              fill: style.colour,
              class: 'claim-marker',
            });
      group.append(button(shape, item.id, item.kind, item.label));
    });
    const counts = `${place.events.length} event${place.events.length === 1 ? '' : 's'}, ${place.claimsAbout.length} claim${place.claimsAbout.length === 1 ? '' : 's'}`;
    group.append(
      button(
        svg('circle', { r: 6, class: 'place', fill: kindStyle('Place').colour }),
        place.id,
        'Place',
        `${place.name} (${place.latitude.toFixed(2)}, ${place.longitude.toFixed(2)}): ${counts}`,
      ),
    );
    if (named.has(place.id)) group.append(svg('text', { x: 9, y: -9, class: 'place-name' }, place.name));
    markers.append(group);
  }

  const map = svg(
    'svg',
    {
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-label': `Map of ${drawable.length} places`,
      class: 'place-map',
    },
    base,
    markers,
  );
  container.replaceChildren(map);
  container.dataset.places = String(drawable.length);
  return drawable.length;
}
