/**
 * Within one article, a report of an event in a country or a region that names no acting side and
 * no sufferer ('the officer died while carrying out a military task in Syria') joins the article's
 * one other event of its family placed inside that country or region ('Alexander Prokhorenko was
 * killed … near Palmyra'): an article telling one such event tells it again in broader words
 * (ACE 2005 event coreference: arguments that do not conflict; a place contains the other).
 * A report with a figure ('135 people were killed during the truce') is a tally of its own and stays.
 */
import type { Place } from '../../../domain.js';
import { isBroadPlaceType } from '../../../knowledge/identity-families.js';
import type { EventKey } from './event-identity.js';
import type { EventMention } from './find-event-mentions.js';

/** A group of an article's mentions under one key, as `consolidateEvents` builds them. */
export interface MentionGroup {
  key: EventKey;
  members: EventMention[];
  times: string[];
}

/** True when `placeId` is `outer` or lies inside it (following `locatedIn`). */
export function liesIn(placeId: string, outer: string, places: ReadonlyMap<string, Place>): boolean {
  const seen = new Set<string>();
  for (
    let at: string | undefined = placeId;
    at !== undefined && !seen.has(at);
    at = places.get(at)?.locatedIn
  ) {
    if (at === outer) return true;
    seen.add(at);
  }
  return false;
}

/** Where a group's reports are placed: its key's place, else the first member's place. */
function groupPlace(group: MentionGroup): string | undefined {
  return group.key.placeId ?? group.members.find((m) => m.place)?.place?.entityId;
}

/**
 * Moves each broad-place group (scoped, legacy kind, no side, no sufferer, no figure) into the one
 * other group of its family in the article, when there is exactly one and it is placed inside the
 * broad place. Changes `groups` in place.
 */
export function joinBroadPlaceGroups(
  groups: Map<string, MentionGroup>,
  places: ReadonlyMap<string, Place>,
): void {
  for (const [k, group] of [...groups]) {
    const { key, members } = group;
    const broadPlace = key.placeId;
    if (!key.scope || !broadPlace || !isBroadPlaceType(places.get(broadPlace)?.type)) continue;
    if (members[0]!.hit.entry.requires !== 'legacy') continue;
    if (key.side !== '?' || (key.sufferers ?? []).length > 0) continue;
    if (members.some((m) => (m.counts ?? []).length > 0)) continue;
    const others = [...groups].filter(([ok, g]) => ok !== k && g.key.family === key.family);
    if (others.length !== 1) continue;
    const [, other] = others[0]!;
    const inner = groupPlace(other);
    if (!inner || inner === broadPlace || !liesIn(inner, broadPlace, places)) continue;
    other.members.push(...members);
    for (const t of group.times) if (!other.times.includes(t)) other.times.push(t);
    groups.delete(k);
  }
}
