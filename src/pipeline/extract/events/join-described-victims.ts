/**
 * Within one article, a killing told by a verb without naming its victim and with no figure above one
 * ('U.S. airstrikes
 * killed one of the caliphate's top commanders') joins the article's one killing of a named person
 * ('Abd al-Rahman Mustafa al-Qaduli is the most recent high-ranking official of ISIS to be killed')
 * when the article tells no other killing: a news report names a victim once and describes the same
 * victim elsewhere (definite and indefinite descriptions as anaphors of a name, Poesio & Vieira 1998,
 * "A corpus-based investigation of definite description use"). The two must not conflict: the
 * acting sides agree (or one names none) and the places are the same, nested, or one is known only
 * from the sentences around it (ACE 2005 event coreference: arguments that do not conflict).
 */
import type { Actor, Place } from '../../../domain.js';
import { sideOf } from './event-identity.js';
import type { EventMention } from './find-event-mentions.js';
import { liesIn } from './join-broad-place-groups.js';
import type { MentionGroup } from './join-broad-place-groups.js';

/** A named person's killing: keyed by its victims with no acting side (`keyOf`). */
function isNamedKilling(group: MentionGroup): boolean {
  const { key } = group;
  return (
    key.family === 'KILLING' && key.side === '' && (key.sufferers ?? []).some((s) => s.startsWith('person:'))
  );
}

/** The places a group's reports are tied to by their own sentence (not by the sentences around them). */
function ownPlaces(members: readonly EventMention[]): string[] {
  return [
    ...new Set(members.flatMap((m) => (m.place && m.placeTie !== 'context' ? [m.place.entityId] : []))),
  ];
}

/** The sides the reports name as doing it. */
function agentSides(members: readonly EventMention[], actors: ReadonlyMap<string, Actor>): string[] {
  return [
    ...new Set(
      members.flatMap((m) =>
        m.participants.filter((p) => p.role === 'AGENT').map((p) => sideOf(p.mention.entityId, actors)),
      ),
    ),
  ];
}

/**
 * Moves the one described-victim killing group (told by verbs: a plural noun, 'public executions',
 * tells many killings) of an article into its one named-victim killing
 * group, when the article has exactly these two killing groups and they do not conflict.
 * Changes `groups` in place.
 */
export function joinDescribedVictims(
  groups: Map<string, MentionGroup>,
  actors: ReadonlyMap<string, Actor>,
  places: ReadonlyMap<string, Place>,
): void {
  const killings = [...groups].filter(([, g]) => g.key.family === 'KILLING');
  if (killings.length !== 2) return;
  const named = killings.filter(([, g]) => isNamedKilling(g));
  const described = killings.filter(
    ([, g]) =>
      !isNamedKilling(g) &&
      (g.key.sufferers ?? []).length === 0 &&
      g.members[0]!.hit.entry.requires === 'legacy' &&
      g.members.every((m) => !m.hit.entry.nominal && (m.counts ?? []).every((c) => c.value === 1)),
  );
  if (named.length !== 1 || described.length !== 1) return;
  const [, target] = named[0]!;
  const [k, group] = described[0]!;
  const sides = agentSides(target.members, actors);
  const side = group.key.side;
  if (side !== '?' && !side.startsWith('against:') && sides.length > 0 && !sides.includes(side)) return;
  const here = ownPlaces(group.members);
  const there = ownPlaces(target.members);
  const nested = (a: string, b: string) => liesIn(a, b, places) || liesIn(b, a, places);
  if (here.length > 0 && there.length > 0 && !here.some((a) => there.some((b) => nested(a, b)))) return;
  target.members.push(...group.members);
  for (const t of group.times) if (!target.times.includes(t)) target.times.push(t);
  groups.delete(k);
}
