import { describe, expect, it } from 'vitest';
import { createEventMemory, resolveEventId } from './event-memory.js';
import type { EventIdentity } from './event-memory.js';
import { familyNameOf } from './family-name-event.js';
import { eventIdentity } from '../../../../tests/fixtures/event-identity.js';

/** A named person's killing as `keyOf` keys it: no place, no side, the victim's person key. */
const killing = (over: Partial<EventIdentity>): EventIdentity =>
  eventIdentity({ family: 'KILLING', placeId: undefined, side: '', ...over });

describe('familyNameEvent (through resolveEventId)', () => {
  it.each<[string, Partial<EventIdentity>, Partial<EventIdentity>, string, string]>([
    [
      'another given name, same family name, same month: one killing',
      { sufferers: ['person:kalid asad'], months: ['2015-08'], keyId: 'evt_khaled' },
      { sufferers: ['person:riad asad'], months: ['2015-08'], keyId: 'evt_riad' },
      'evt_khaled',
      'family-name',
    ],
    [
      'months apart: two killings',
      { sufferers: ['person:kalid asad'], months: ['2015-08'], keyId: 'evt_khaled' },
      { sufferers: ['person:riad asad'], months: ['2015-10'], keyId: 'evt_riad' },
      'evt_riad',
      'key',
    ],
    [
      'a report with no month never joins by the family name',
      { sufferers: ['person:kalid asad'], months: ['2015-08'], keyId: 'evt_khaled' },
      { sufferers: ['person:riad asad'], months: [], keyId: 'evt_riad' },
      'evt_riad',
      'key',
    ],
    [
      'an earlier killing with no month is not joined',
      { sufferers: ['person:kalid asad'], months: [], keyId: 'evt_khaled' },
      { sufferers: ['person:riad asad'], months: ['2015-08'], keyId: 'evt_riad' },
      'evt_riad',
      'key',
    ],
    [
      'another family name: two killings',
      { sufferers: ['person:kalid asad'], months: ['2015-08'], keyId: 'evt_khaled' },
      { sufferers: ['person:riad hamid'], months: ['2015-08'], keyId: 'evt_riad' },
      'evt_riad',
      'key',
    ],
    [
      'two victims in one report: not by the family name',
      { sufferers: ['person:kalid asad'], months: ['2015-08'], keyId: 'evt_khaled' },
      { sufferers: ['person:riad asad', 'person:omar asad'], months: ['2015-08'], keyId: 'evt_two' },
      'evt_two',
      'key',
    ],
  ])('%s', (_name, earlier, report, id, rule) => {
    const memory = createEventMemory();
    resolveEventId(memory, killing(earlier));
    const resolved = resolveEventId(memory, killing(report));
    expect({ id: resolved.id, rule: resolved.rule }).toEqual({ id, rule });
  });

  it.each([
    ['person:kalid asad', 'asad'],
    ['person:abd raman mustafa kaduli', 'kaduli'],
    ['person:madona', undefined],
    ['act_red', undefined],
  ])('the family name of %s is %s', (key, expected) => {
    expect(familyNameOf(key)).toBe(expected);
  });
});
