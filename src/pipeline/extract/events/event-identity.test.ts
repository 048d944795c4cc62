import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventId, eventIdOf, keyString } from './event-identity.js';
import type { EventKey } from './event-identity.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('eventId', () => {
  it.each<[string, EventKey]>([
    ['a place and a side', { family: 'CONTROL', placeId: 'plc_palmyra', side: 'act_syria' }],
    ['sufferers and no place', { family: 'KILLING', side: '', sufferers: ['hassan', 'khaled'] }],
    ['a scope', { family: 'RELEASE', side: '?', scope: 'art_1' }],
    ['a name outside ASCII', { family: 'ATTACK', placeId: 'plc_ḥomṣ', side: 'act_ö' }],
  ])('is evt_ and the first 16 hex digits of the SHA-256 of the key (%s)', (_, key) => {
    expect(eventId(key)).toBe(`evt_${sha256(keyString(key)).slice(0, 16)}`);
    expect(eventIdOf(keyString(key))).toBe(eventId(key));
  });

  it('gives two keys that differ in the side two ids', () => {
    const key: EventKey = { family: 'CONTROL', placeId: 'plc_palmyra', side: 'act_syria' };
    expect(eventId(key)).not.toBe(eventId({ ...key, side: 'act_isis' }));
  });
});
