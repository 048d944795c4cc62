import { describe, expect, it } from 'vitest';
import { createEventMemory, monthsCompatible, primeEventMemory, resolveEventId } from './event-memory.js';
import { eventIdentity as identity } from '../../../../tests/fixtures/event-identity.js';

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
    [['2015'], ['2015-05'], true],
    [['2015'], ['2016-02'], true],
    [['2012'], ['2016-12'], false],
    [['2012'], ['2014'], false],
  ])('%j and %j: %s', (a, b, expected) => {
    expect(monthsCompatible(a, b)).toBe(expected);
  });
});

describe('resolveEventId: kinds and windows', () => {
  it('joins a capture naming only the loser to the recapture from that loser', () => {
    const memory = createEventMemory();
    resolveEventId(
      memory,
      identity({ side: 'act_red', type: 'CAPTURE', months: ['2015-05'], keyId: 'evt_red' }),
    );
    resolveEventId(memory, identity({ type: 'RECAPTURE', months: ['2016-03'], keyId: 'evt_north' }));
    const capture = identity({
      side: 'against:act_red',
      type: 'CAPTURE',
      months: ['2016-03'],
      keyId: 'evt_x',
    });
    expect(resolveEventId(memory, capture)).toEqual({ id: 'evt_north', rule: 'loser-known' });
  });

  it('keeps an agentless capture apart from a recapture', () => {
    const memory = createEventMemory();
    resolveEventId(memory, identity({ type: 'RECAPTURE', keyId: 'evt_north' }));
    const bare = identity({ side: '?', type: 'CAPTURE', keyId: 'evt_bare' });
    expect(resolveEventId(memory, bare)).toEqual({ id: 'evt_bare', rule: 'key' });
  });

  it.each([
    ['OFFENSIVE', ['2015-09'], ['2016-03'], 'key'],
    ['DESTRUCTION', ['2015-05'], ['2015-10'], 'key'],
    ['CONTROL', ['2016-03'], ['2016-08'], 'time-window'],
    ['OFFENSIVE', ['2016-03'], ['2017-03'], 'time-window'],
  ])('a %s dated %j and %j is one event unless the rule says %s', (family, a, b, rule) => {
    const memory = createEventMemory();
    resolveEventId(memory, identity({ family, months: a }));
    expect(resolveEventId(memory, identity({ family, months: b })).rule).toBe(rule);
  });
});

describe('primeEventMemory', () => {
  it('joins a report of a new run to an event stored by an earlier run', () => {
    const memory = createEventMemory();
    primeEventMemory(memory, [
      {
        id: 'evt_stored',
        family: 'CONTROL',
        placeId: 'plc_kestrel',
        side: 'act_northland',
        sufferers: [],
        sides: ['act_northland'],
        allies: [],
        months: ['2016-03'],
        type: 'RECAPTURE',
        reports: 3,
      },
    ]);
    const report = identity({ side: '?', type: 'RECAPTURE', months: ['2016-03'], keyId: 'evt_new' });
    expect(resolveEventId(memory, report)).toEqual({ id: 'evt_stored', rule: 'side-unknown' });
  });

  it('leaves a memory empty when the graph holds no events', () => {
    const memory = createEventMemory();
    primeEventMemory(memory, []);
    expect(memory.byPlace.size).toBe(0);
  });
});
