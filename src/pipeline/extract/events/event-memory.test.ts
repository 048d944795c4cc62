import { describe, expect, it } from 'vitest';
import { createEventMemory, monthsCompatible, resolveEventId } from './event-memory.js';
import type { EventIdentity } from './event-memory.js';

function identity(over: Partial<EventIdentity>): EventIdentity {
  return {
    family: 'CONTROL',
    placeId: 'plc_kestrel',
    side: 'act_northland',
    sufferers: [],
    months: [],
    keyId: 'evt_key',
    ...over,
  };
}

describe('resolveEventId', () => {
  it('gives the same kind, place and side the same id', () => {
    const memory = createEventMemory();
    expect(resolveEventId(memory, identity({ months: ['2016-03'] }))).toEqual({ id: 'evt_key', rule: 'key' });
    expect(resolveEventId(memory, identity({}))).toEqual({ id: 'evt_key', rule: 'key' });
  });

  it('joins a report that names no acting side to the one event of its kind at the place', () => {
    const memory = createEventMemory();
    resolveEventId(memory, identity({}));
    expect(resolveEventId(memory, identity({ side: '?', keyId: 'evt_other' }))).toEqual({
      id: 'evt_key',
      rule: 'side-unknown',
    });
  });

  it('keeps a report with no acting side apart when two sides acted at the place', () => {
    const memory = createEventMemory();
    resolveEventId(memory, identity({ side: 'act_russia', keyId: 'evt_russia' }));
    resolveEventId(memory, identity({ side: 'act_usa', keyId: 'evt_usa' }));
    expect(resolveEventId(memory, identity({ side: '?', keyId: 'evt_unknown' })).id).toBe('evt_unknown');
  });

  it('joins a report naming only the loser to the event of the other side', () => {
    const memory = createEventMemory();
    resolveEventId(memory, identity({ side: 'act_northland', keyId: 'evt_north' }));
    expect(resolveEventId(memory, identity({ side: 'against:act_red', keyId: 'evt_x' }))).toEqual({
      id: 'evt_north',
      rule: 'loser-known',
    });
  });

  it('makes a second event of the same key months later a node of its own', () => {
    const memory = createEventMemory();
    resolveEventId(memory, identity({ months: ['2016-03'] }));
    expect(resolveEventId(memory, identity({ months: ['2017-03'] }))).toEqual({
      id: 'evt_key_201703',
      rule: 'time-window',
    });
  });

  it('does not join killings of different people', () => {
    const memory = createEventMemory();
    resolveEventId(memory, identity({ family: 'KILLING', side: '', sufferers: ['a'], keyId: 'evt_a' }));
    expect(
      resolveEventId(memory, identity({ family: 'KILLING', side: '', sufferers: ['b'], keyId: 'evt_b' })),
    ).toEqual({ id: 'evt_b', rule: 'key' });
  });
});

describe('monthsCompatible', () => {
  it.each([
    [['2016-03'], ['2016-05'], true],
    [['2016-03'], ['2016-08'], false],
    [[], ['2016-08'], true],
  ])('%j and %j: %s', (a, b, expected) => {
    expect(monthsCompatible(a, b)).toBe(expected);
  });
});
