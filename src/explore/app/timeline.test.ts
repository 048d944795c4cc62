import { describe, expect, it } from 'vitest';
import { timelineEvents, timelineOrder } from './timeline.js';

const event = (label: string, date: string | null) => ({ id: label, label, type: 'OTHER', date });

describe('timelineOrder', () => {
  it('puts dated events first, oldest first, mixing day, month and year precision', () => {
    const ordered = timelineOrder([
      event('undated', null),
      event('march 27', '2016-03-27'),
      event('may 2015', '2015-05'),
      event('2016', '2016'),
      event('march', '2016-03'),
    ]);
    expect(ordered.map((e) => e.label)).toEqual(['may 2015', '2016', 'march', 'march 27', 'undated']);
  });

  it('orders undated events by label', () => {
    expect(timelineOrder([event('b', null), event('a', null)]).map((e) => e.label)).toEqual(['a', 'b']);
  });
});

describe('timelineEvents', () => {
  it('gives each event the date and place of its timeline entry', () => {
    const events = timelineEvents([
      {
        event: { id: 'e1', label: 'Recapture of Palmyra', type: 'RECAPTURE' },
        date: '2016-03-27',
        datePrecision: 'DAY',
        place: { id: 'p1', name: 'Palmyra' },
      },
      { event: { id: 'e2', label: 'Talks' }, date: null, datePrecision: null, place: null },
    ]);
    expect(events).toEqual([
      {
        id: 'e1',
        label: 'Recapture of Palmyra',
        type: 'RECAPTURE',
        date: '2016-03-27',
        datePrecision: 'DAY',
        place: 'Palmyra',
      },
      { id: 'e2', label: 'Talks', date: null, datePrecision: null, place: null },
    ]);
  });
});
