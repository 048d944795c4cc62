/**
 * The identity key of an article's event mentions (`EventKey`): mentions with one key are one event.
 */
import type { EventType } from '../../../domain.js';
import { identityFamily, isBroadPlaceType, leadingKind } from '../../../knowledge/identity-families.js';
import { countryOf, sideOf } from './event-identity.js';
import type { EventKey } from './event-identity.js';
import { isActed } from './event-compat.js';
import { actingSide, agentsOf, inferSide } from './event-sides.js';
import type { SideContext } from './event-sides.js';
import type { EventMention } from './find-event-mentions.js';
import { personKey } from './person-key.js';

/** What the key rules read: the sides' context and the article (to scope keys known too little). */
export interface KeyContext extends SideContext {
  articleId: string;
}

/** The identity key of a mention: family, place, acting side (named or inferred) and who suffered it. */
export function keyOf(m: EventMention, all: EventMention[], input: KeyContext): EventKey {
  // An attack and an offensive by one side at one place are one operation (identity families).
  const family = identityFamily(m.hit.entry.family);
  const side = actingSide(m, input) ?? inferSide(m, all, input);
  // Who suffered it identifies a killing, or an attack with no place.
  const sufferers =
    family === 'KILLING' || m.place === undefined
      ? m.participants
          .filter((p) => p.role === 'VICTIM' || p.role === 'TARGET')
          .map((p) =>
            p.mention.type === 'PERSON' ? p.mention.entityId : sideOf(p.mention.entityId, input.actors),
          )
      : [];
  const namedPeople = m.participants.filter((p) => p.role === 'VICTIM' && p.mention.type === 'PERSON');
  if (family === 'KILLING' && namedPeople.length > 0) {
    // A named person is killed once, wherever and by whomever an article says, however it spells the name.
    const people = namedPeople.map((p) =>
      personKey(input.actors.get(p.mention.entityId)?.name ?? p.mention.name),
    );
    return { family, side: '', sufferers: [...new Set(people)].sort() };
  }
  if (family === 'CEASEFIRE') {
    const parties = [...new Set(agentsOf(m).map((id) => sideOf(id, input.actors)))].sort();
    const country = m.place ? countryOf(m.place.entityId, input.places) : undefined;
    const placeId = country && input.places.has(country) ? country : m.place?.entityId;
    return { family, ...(placeId ? { placeId } : {}), side: parties.join('+') };
  }
  if (m.hit.entry.requires !== 'legacy') return newsKey(m, side, input);
  // In a country or a region many events of one kind happen at once: without an acting side or a
  // sufferer, the kind and the place say too little to join reports of other articles.
  const vague =
    !isActed(side) &&
    sufferers.length === 0 &&
    isBroadPlaceType(input.places.get(m.place?.entityId ?? '')?.type);
  return {
    family,
    ...(m.place ? { placeId: m.place.entityId } : {}),
    side,
    ...(sufferers.length > 0 ? { sufferers: [...new Set(sufferers)].sort() } : {}),
    ...(vague ? { scope: input.articleId } : {}),
  };
}

/**
 * The key of a news-kind event: kind, place, acting side and who it was done to. Two of the three
 * anchors (a known side, a named target, a place) must be known for reports in other articles to
 * join it ('Chelsea beat Arsenal' across articles is one match; 'Chelsea won' is any of Chelsea's
 * wins), else the key is scoped to its article.
 */
function newsKey(m: EventMention, side: string, input: KeyContext): EventKey {
  const family = m.hit.entry.family;
  const sufferers = [
    ...new Set(
      m.participants
        .filter((p) => p.role === 'VICTIM' || p.role === 'TARGET')
        .map((p) =>
          p.mention.type === 'PERSON' ? p.mention.entityId : sideOf(p.mention.entityId, input.actors),
        ),
    ),
  ].sort();
  const anchors =
    Number(side !== '?' && !side.startsWith('against:')) +
    Number(sufferers.length > 0) +
    Number(m.place !== undefined);
  return {
    family,
    ...(m.place ? { placeId: m.place.entityId } : {}),
    side,
    ...(sufferers.length > 0 ? { sufferers } : {}),
    ...(anchors < 2 ? { scope: input.articleId } : {}),
  };
}

/**
 * Joins an article's news-kind groups that name nobody and no place ('the win', 'the deal') to the
 * one other group of the same kind in the article, when there is exactly one.
 */
export function joinBareNewsGroups(groups: Map<string, { key: EventKey; members: EventMention[] }>): void {
  for (const [k, group] of [...groups]) {
    const entry = group.members[0]!.hit.entry;
    if (entry.requires === 'legacy') continue;
    if (group.key.side !== '?' || (group.key.sufferers ?? []).length > 0 || group.key.placeId) continue;
    const others = [...groups].filter(([ok, g]) => ok !== k && g.key.family === group.key.family);
    if (others.length !== 1) continue;
    others[0]![1].members.push(...group.members);
    groups.delete(k);
  }
}

/**
 * The type of a group: for a change of hands, RECAPTURE when at least half the reports say so; for a
 * family of kinds (an attack within an offensive), the most reported kind.
 */
export function typeOf(group: EventMention[]): EventType {
  const family = group[0]!.hit.entry.family;
  if (family !== 'CONTROL')
    return leadingKind(group.map((m) => m.hit.entry.type)) ?? group[0]!.hit.entry.type;
  const re = group.filter((m) => m.hit.entry.type === 'RECAPTURE').length;
  return re * 2 >= group.length ? 'RECAPTURE' : 'CAPTURE';
}
