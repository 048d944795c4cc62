import { describe, expect, it } from 'vitest';
import { createEventMemory, resolveEventId } from './event-memory.js';
import type { EventIdentity } from './event-memory.js';
import { eventIdentity as identity } from '../../../../tests/fixtures/event-identity.js';

type Earlier = Partial<EventIdentity>;

describe('noTakerEvent (through resolveEventId)', () => {
  it.each<[string, Earlier[], Earlier, string, string]>([
    [
      'a sideless recapture joins a capture told only by its loser, no taker named',
      [{ side: 'against:act_red', type: 'CAPTURE', keyId: 'evt_plan' }],
      { side: '?', type: 'RECAPTURE', months: ['2016-04'], keyId: 'evt_x' },
      'evt_plan',
      'no-taker',
    ],
    [
      'a loser-only report joins a sideless event when no taker is named',
      [{ side: '?', type: 'RECAPTURE', keyId: 'evt_sideless' }],
      { side: 'against:act_red', type: 'CAPTURE', keyId: 'evt_x' },
      'evt_sideless',
      'no-taker',
    ],
    [
      'reports naming different losers stay apart',
      [{ side: 'against:act_red', type: 'CAPTURE', keyId: 'evt_red' }],
      { side: 'against:act_blue', type: 'CAPTURE', keyId: 'evt_x' },
      'evt_x',
      'key',
    ],
    [
      'outside the time window they stay apart',
      [{ side: 'against:act_red', type: 'CAPTURE', months: ['2015-05'], keyId: 'evt_red' }],
      { side: '?', type: 'RECAPTURE', months: ['2016-04'], keyId: 'evt_x' },
      'evt_x',
      'key',
    ],
    [
      'a sideless capture still never joins a sideless recapture',
      [{ side: '?', type: 'RECAPTURE', keyId: 'evt_re', sufferers: ['act_red'] }],
      { side: '?', type: 'CAPTURE', keyId: 'evt_x' },
      'evt_x',
      'key',
    ],
    [
      'an event whose taker is named is joined by the loser rule, not this one',
      [{ side: 'act_blue', type: 'RECAPTURE', keyId: 'evt_blue' }],
      { side: 'against:act_red', type: 'CAPTURE', keyId: 'evt_x' },
      'evt_blue',
      'loser-known',
    ],
    [
      'a report naming backers is left to the backer rules',
      [{ side: 'against:act_red', type: 'CAPTURE', keyId: 'evt_red' }],
      { side: '?', type: 'RECAPTURE', allies: ['act_green'], keyId: 'evt_x' },
      'evt_x',
      'key',
    ],
  ])('%s', (_name, earlier, report, id, rule) => {
    const memory = createEventMemory();
    for (const e of earlier) resolveEventId(memory, identity(e));
    const resolved = resolveEventId(memory, identity(report));
    expect({ id: resolved.id, rule: resolved.rule }).toEqual({ id, rule });
  });
});
