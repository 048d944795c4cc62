import { describe, expect, it } from 'vitest';
import { timelineOrder } from './timeline.js';

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
