import { describe, expect, it } from 'vitest';
import { actorEntity, placeEntity } from './load-details.js';

describe('actorEntity', () => {
  it('puts the role from each participation edge on the event it leads to', () => {
    const actor = actorEntity({
      id: 'a1',
      name: 'Syrian Army',
      claims: [],
      participatedInConnection: {
        edges: [
          { properties: { role: 'AGENT' }, node: { id: 'e1', label: 'Recapture of Palmyra' } },
          { properties: { role: null }, node: { id: 'e2', label: 'Ceasefire' } },
        ],
      },
    });
    expect(actor.events.map((event) => [event.id, event.role])).toEqual([
      ['e1', 'AGENT'],
      ['e2', null],
    ]);
  });
});

describe('placeEntity', () => {
  it('lists the claims about a place as its claims', () => {
    const claim = { id: 'c1', kind: 'CREDIT', text: 'We did it', claimedBy: [] };
    const place = placeEntity({ id: 'p1', name: 'Palmyra', claimsAbout: [claim], events: [] });
    expect(place.claims).toEqual([claim]);
  });
});
