import * as crypto from 'node:crypto';
import type { Actor, EventType, Place } from '../../../domain.js';
import type { EventFamily } from './trigger-lexicon.js';

/** Follows `partOf` to the outermost actor ('Syrian Army' → 'Syria'): the side an actor fights for. */
export function sideOf(actorId: string, actors: ReadonlyMap<string, Actor>): string {
  let current = actorId;
  const seen = new Set<string>([current]);
  for (;;) {
    const parent = actors.get(current)?.partOf;
    if (parent === undefined || seen.has(parent)) return current;
    seen.add(parent);
    current = parent;
  }
}

/** Follows `locatedIn` to the outermost place (a city → its country). */
export function countryOf(placeId: string, places: ReadonlyMap<string, Place>): string {
  let current = placeId;
  const seen = new Set<string>([current]);
  for (;;) {
    const parent = places.get(current)?.locatedIn;
    if (parent === undefined || seen.has(parent)) return current;
    seen.add(parent);
    current = parent;
  }
}

/**
 * The normalised identity of a real event. It holds no date and no wording, only what stays the
 * same however an article tells it: the family (capture and recapture are one family: a place
 * changes hands), the place, and the side that acted — so two outlets reporting the same
 * recapture agree, and the earlier capture of the same place by the other side does not.
 */
export interface EventKey {
  family: EventFamily;
  placeId?: string;
  /** Side that acted (an actor id after `sideOf`), `against:<side>` when only the losing side is known, or '?'. */
  side: string;
  /** For killings of named people and attacks without a place: who suffered it. */
  sufferers?: string[];
  /** An article id when the event is known too little to be joined across articles (news kinds). */
  scope?: string;
}

/** The key as one string (for grouping and hashing). */
export function keyString(key: EventKey): string {
  const parts = [key.family, key.placeId ?? '', key.side, (key.sufferers ?? []).join('+')];
  return (key.scope ? [...parts, key.scope] : parts).join('|');
}

/**
 * The hex SHA-256 of a string: the one-shot `crypto.hash` where Node has it (20.12 on), which skips the
 * hash object `createHash` builds for every id; the same digest either way.
 */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/** Stable event id derived from the key only. */
export function eventId(key: EventKey): string {
  return eventIdOf(keyString(key));
}

/** `eventId` of a key already written as one string (`keyString`). */
export function eventIdOf(keyText: string): string {
  return `evt_${sha256Hex(keyText).slice(0, 16)}`;
}

const TYPE_WORDS: Partial<Record<EventType, string>> = {
  CAPTURE: 'Capture of',
  RECAPTURE: 'Recapture of',
  DESTRUCTION: 'Destruction in',
  KILLING: 'Killings in',
  AIRSTRIKE: 'Airstrikes on',
  ATTACK: 'Attack on',
  WITHDRAWAL: 'Withdrawal from',
  CEASEFIRE: 'Ceasefire in',
  OFFENSIVE: 'Offensive on',
  OTHER: 'Event in',
};

/** Human caption from the type and the place (or, lacking a place, who suffered it). */
export function eventLabel(
  type: EventType,
  place: Place | undefined,
  sufferers: string[],
  actorsNamed: string[],
): string {
  if (type === 'KILLING' && sufferers.length > 0) return `Killing of ${sufferers.join(' and ')}`;
  if (type === 'DESTRUCTION' && place?.type === 'SITE') return `Destruction of ${place.name}`;
  const words = TYPE_WORDS[type] ?? `${type.charAt(0)}${type.slice(1).toLowerCase().replace(/_/g, ' ')} in`;
  if (place) return `${words} ${place.name}`;
  if (sufferers.length > 0) return `${words.replace(/ (?:in|from|of)$/, ' on')} ${sufferers.join(' and ')}`;
  if (type === 'CEASEFIRE' && actorsNamed.length > 1) return `Ceasefire between ${actorsNamed.join(' and ')}`;
  const word = words.split(' ')[0]!;
  return actorsNamed.length > 0 ? `${word} by ${actorsNamed.join(' and ')}` : word;
}
