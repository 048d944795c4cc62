/**
 * The caption of a merged event: the military wording of `eventLabel` with the acting side, or the
 * news wording of `newsLabel` from the roles.
 */
import type { Actor, EventParticipant, EventType, Place } from '../../../domain.js';
import { eventLabel } from './event-identity.js';
import { nameOfSide } from './event-sides.js';
import type { EventMention } from './find-event-mentions.js';
import { newsLabel } from './news-label.js';

/** Kinds whose caption names the acting side, so two such events at one place read apart. */
const SIDE_IN_LABEL = new Set<EventType>(['AIRSTRIKE', 'ATTACK', 'OFFENSIVE', 'DESTRUCTION', 'BOMBING']);

/**
 * Adds the acting side to a military caption ('Airstrikes on Palmyra by Russia') when the side is
 * known and the caption does not name it already: events of one kind at one place differ by who acted.
 */
function withSide(label: string, type: EventType, side: string, actors: ReadonlyMap<string, Actor>): string {
  if (!SIDE_IN_LABEL.has(type) || side === '' || side === '?' || side.startsWith('against:')) return label;
  const name = nameOfSide(side, actors);
  return label.includes(name) || / by /.test(label) ? label : `${label} by ${name}`;
}

/** What a caption is made from, besides the mentions and the merged participants. */
export interface CaptionInput {
  type: EventType;
  /** The key's acting side. */
  side: string;
  place: Place | undefined;
  actors: ReadonlyMap<string, Actor>;
}

/** The caption of an event from its mentions (text order) and merged participants. */
export function captionOf(
  members: readonly EventMention[],
  participants: readonly EventParticipant[],
  input: CaptionInput,
): string {
  const { type, place } = input;
  // Victims named by a demonym are people, not the state: 'the killing of Armenians'.
  const surfaces = new Map<string, string>();
  for (const m of members) {
    for (const p of m.participants)
      if (p.mention.viaDemonym) surfaces.set(p.mention.entityId, p.mention.surface);
  }
  const sufferers = participants
    .filter((p) => p.role === 'VICTIM' || (p.role === 'TARGET' && !place))
    .map((p) => surfaces.get(p.actorId) ?? nameOfSide(p.actorId, input.actors));
  const agents = participants
    .filter((p) => p.role === 'AGENT')
    .map((p) => nameOfSide(p.actorId, input.actors));
  const first = members[0]!;
  const legacy = first.hit.entry.requires === 'legacy';
  const names = (role: string) => [
    ...new Set(
      participants
        .filter((p) => p.role === role)
        .map((p) => surfaces.get(p.actorId) ?? nameOfSide(p.actorId, input.actors)),
    ),
  ];
  return legacy
    ? withSide(
        eventLabel(type, place, [...new Set(sufferers)], [...new Set(agents)]),
        type,
        input.side,
        input.actors,
      )
    : newsLabel(type, {
        agent: names('AGENT'),
        target: names('TARGET'),
        victim: names('VICTIM'),
        ...(place ? { place: place.name } : {}),
        trigger: first.hit.text,
      });
}
