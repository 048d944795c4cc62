/**
 * The sides of an event mention: who acted (an agent's outermost `partOf`, or the country a head of
 * state leads), who backed them, who lost, and — when a mention names no agent — the side read from
 * the rest of the article.
 */
import type { Actor, Place } from '../../../domain.js';
import { countryOf, sideOf } from './event-identity.js';
import type { EventMention } from './find-event-mentions.js';
import { leaderSide } from './leader-side.js';
import { identityFamily } from '../../../knowledge/identity-families.js';

/** What the side rules read: the article's actors and places. */
export interface SideContext {
  actors: ReadonlyMap<string, Actor>;
  places: ReadonlyMap<string, Place>;
}

/** The agents of a mention, in text order (entity ids). */
export function agentsOf(m: EventMention): string[] {
  return m.participants
    .filter((p) => p.role === 'AGENT')
    .sort((a, b) => a.mention.evidence.start - b.mention.evidence.start)
    .map((p) => p.mention.entityId);
}

/** The part of an id after its kind prefix ('act_syria' → 'syria'). */
function idName(id: string): string {
  return id.slice(id.indexOf('_') + 1);
}

/** The name of an actor id, or the id when the actor is unknown. */
export function nameOfSide(id: string, actors: ReadonlyMap<string, Actor>): string {
  return actors.get(id)?.name ?? id;
}

/** The side an agent acts for: its outermost `partOf`, or the country a head of state leads. */
export function agentSide(id: string, actors: ReadonlyMap<string, Actor>): string {
  const side = sideOf(id, actors);
  return leaderSide(side, actors) ?? side;
}

/** The sides named as backing the acting side (SUPPORTER participants), for the cross-article join. */
export function alliesOf(members: EventMention[], actors: ReadonlyMap<string, Actor>): string[] {
  return [
    ...new Set(
      members.flatMap((m) =>
        m.participants
          .filter((p) => p.role === 'SUPPORTER')
          .map((p) => agentSide(p.mention.entityId, actors)),
      ),
    ),
  ];
}

/**
 * True when an actor stands for no side of an armed event: a person who belongs to no organisation
 * and leads no state (a named soldier, a commander the article does not tie to his army). Such an
 * agent says who did it, not for whom; the side is then read from the rest of the article.
 */
function sideless(side: string, actors: ReadonlyMap<string, Actor>): boolean {
  return actors.get(side)?.type === 'PERSON';
}

/** The acting side (a person with no side does not count, see `sideless`): of several agents, the one of the place's own country, else the first named. */
export function actingSide(m: EventMention, input: SideContext): string | undefined {
  const legacy = m.hit.entry.requires === 'legacy';
  const sides = agentsOf(m)
    .map((id) => agentSide(id, input.actors))
    .filter((side) => !legacy || !sideless(side, input.actors));
  if (sides.length === 0) return undefined;
  if (sides.length > 1 && m.place) {
    const countryId = countryOf(m.place.entityId, input.places);
    const countryName = input.places.get(countryId)?.name.toLowerCase();
    const home = sides.find(
      (s) => idName(s) === idName(countryId) || nameOfSide(s, input.actors).toLowerCase() === countryName,
    );
    if (home) return home;
  }
  return sides[0];
}

/** The side of the mention's target (who lost), if one is named. */
export function losingSide(m: EventMention, input: SideContext): string | undefined {
  const target = m.participants.find((p) => p.role === 'TARGET');
  return target ? sideOf(target.mention.entityId, input.actors) : undefined;
}

/** The most frequent value (the first on a tie), or undefined for none. */
export function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/**
 * The side of a mention that names no agent, read from the rest of the article: for a change of
 * hands, the side that took the same place from the same loser (or, with no loser named, the side
 * most often said to have taken it); for other families, the one side the article names for the
 * same kind of event at the same place.
 */
export function inferSide(m: EventMention, all: EventMention[], input: SideContext): string {
  const placeId = m.place?.entityId;
  const family = m.hit.entry.family;
  const type = m.hit.entry.type;
  const sameFamily = all.filter(
    (x) =>
      x !== m &&
      identityFamily(x.hit.entry.family) === identityFamily(family) &&
      x.place?.entityId === placeId,
  );
  // A recapture is not the capture it undid: an agentless 'retaking' joins other recaptures, or
  // reports of the loss ('X lost the city to Y'), never a plain capture by someone.
  const recaptures = sameFamily.filter(
    (x) => x.hit.entry.type === 'RECAPTURE' && actingSide(x, input) !== undefined,
  );
  const losses = sameFamily.filter((x) => x.hit.entry.subjectRole === 'TARGET' || x.hit.entry.subjectIsPlace);
  // Nor does a plain capture take its side from a recapture of the place ('seized it in May 2015').
  const captures = sameFamily.filter((x) => x.hit.entry.type !== 'RECAPTURE');
  const peers =
    type === 'RECAPTURE'
      ? recaptures.length > 0
        ? recaptures
        : losses
      : family === 'CONTROL'
        ? captures
        : sameFamily;
  const known = peers.map((x) => ({ x, side: actingSide(x, input) })).filter((p) => p.side !== undefined);
  const loser = losingSide(m, input);
  if (family === 'CONTROL') {
    if (loser !== undefined) {
      const sameLoser = known.filter((p) => losingSide(p.x, input) === loser && p.side !== loser);
      const notLoser = known.filter((p) => p.side !== loser);
      const side = mostFrequent((sameLoser.length > 0 ? sameLoser : notLoser).map((p) => p.side!));
      return side ?? `against:${loser}`;
    }
    return mostFrequent(known.map((p) => p.side!)) ?? '?';
  }
  const distinct = [...new Set(known.map((p) => p.side!))];
  if (distinct.length === 1) return distinct[0]!;
  return loser !== undefined ? `against:${loser}` : '?';
}
