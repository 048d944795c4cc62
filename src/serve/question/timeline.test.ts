import { describe, expect, it } from 'vitest';
import type { ReadRows, Row } from './read-rows.js';
import { timelineLists } from './resolvers.js';
import { propertyMap, timeline } from './timeline.js';
import { rootSelection as info } from './selects.js';

describe('propertyMap', () => {
  it.each([
    ['values in field order, as a map', ['id', 'label'], ['e1', 'Siege'], { id: 'e1', label: 'Siege' }],
    [
      'properties that are not set left out',
      ['id', 'date', 'participants'],
      ['e1', null, null],
      { id: 'e1' },
    ],
    ['a node read whole as it is', undefined, { id: 'e1', label: 'Siege' }, { id: 'e1', label: 'Siege' }],
    ['no node as none', ['id'], null, null],
  ])('%s', (_name, fields, node, expected) => {
    expect(propertyMap(fields, node)).toEqual(expected);
  });
});

describe('timelineLists', () => {
  it('reads only the fields the selection asks of the event and places, with their ids', () => {
    const lists = timelineLists(
      info(
        '{ timeline(subject: "x") { items { event { label type } place { name } places { countryCode } } } }',
      ),
    );
    expect(lists).toMatchObject({
      eventFields: ['id', 'label', 'type'],
      placeFields: ['id', 'name', 'countryCode'],
    });
  });

  it('reads every property when a fragment is not known', () => {
    const lists = timelineLists(
      info('{ timeline(subject: "x") { items { event { ...Missing } place { id } } } }'),
    );
    expect(lists.eventFields).toBeUndefined();
    expect(lists.placeFields).toEqual(['id']);
  });
});

describe('timeline', () => {
  it('makes the events and places read as values into maps again', async () => {
    const calls: Record<string, unknown>[] = [];
    const read: ReadRows = (_name, params) => {
      calls.push(params);
      const row: Row = {
        total: 1,
        matchedActors: [],
        matchedPlaces: [],
        items: [{ event: ['e1', 'Siege'], place: ['p1'], places: [['p1']], date: null }],
      };
      return Promise.resolve([row]);
    };
    const page = await timeline(
      read,
      'Zzyzxville',
      { offset: 0, limit: 5 },
      {
        participants: false,
        sources: false,
        reportedDates: false,
        eventFields: ['id', 'label'],
        placeFields: ['id'],
      },
    );
    expect(calls[0]).toMatchObject({ fields: { event: ['id', 'label'], place: ['id'] } });
    expect(page.items).toEqual([
      { event: { id: 'e1', label: 'Siege' }, place: { id: 'p1' }, places: [{ id: 'p1' }], date: null },
    ]);
  });
});
