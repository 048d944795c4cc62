import { describe, expect, it } from 'vitest';
import type { GraphQLRequest } from './api.js';
import { loadMapPlaces } from './load-map-places.js';
import { MAP_PAGE_SIZE, type MapPlace } from './queries.js';

const place = (index: number): MapPlace => ({
  id: `p${index}`,
  name: `Place ${index}`,
  events: [],
  claimsAbout: [],
});

describe('loadMapPlaces', () => {
  it('reads pages until one comes back short, and keeps every place', async () => {
    const total = MAP_PAGE_SIZE * 2 + 3;
    const offsets: unknown[] = [];
    const request = ((_query: string, variables: Record<string, unknown> = {}) => {
      const offset = Number(variables.offset);
      offsets.push(offset);
      const places = Array.from({ length: Math.max(0, Math.min(MAP_PAGE_SIZE, total - offset)) }, (_, i) =>
        place(offset + i),
      );
      return Promise.resolve({ places });
    }) as GraphQLRequest;
    const places = await loadMapPlaces(request);
    expect(offsets).toEqual([0, MAP_PAGE_SIZE, MAP_PAGE_SIZE * 2]);
    expect(places.map((p) => p.id)).toEqual(Array.from({ length: total }, (_, i) => `p${i}`));
  });

  it('asks once more after a full last page and stops at the empty one', async () => {
    let calls = 0;
    const request = (() => {
      calls += 1;
      return Promise.resolve({
        places: calls === 1 ? Array.from({ length: MAP_PAGE_SIZE }, (_, i) => place(i)) : [],
      });
    }) as GraphQLRequest;
    expect((await loadMapPlaces(request)).length).toBe(MAP_PAGE_SIZE);
    expect(calls).toBe(2);
  });
});
