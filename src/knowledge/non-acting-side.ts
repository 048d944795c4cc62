/**
 * Sides that cannot carry out a use of force (`nonActing` in `data/event-identity-families.json`): a
 * news agency, a court, a monitor or an aid body named as the one who destroyed, killed or attacked
 * is a reading slip, and event identity treats such a report as naming no acting side.
 */
import data from './data/event-identity-families.json' with { type: 'json' };

const KINDS = new Set<string>(data.nonActing.kinds);
const TYPES = new Set<string>(data.nonActing.actorTypes);
const WORDS = new Set<string>(data.nonActing.nameWords);
const NAMES = new Set<string>(data.nonActing.names.map((n) => n.toLowerCase()));

/** True when `actor` (its type and name) cannot be the acting side of an event of kind `kind`. */
export function cannotAct(kind: string, actor: { type: string; name: string } | undefined): boolean {
  if (!actor || !KINDS.has(kind)) return false;
  if (TYPES.has(actor.type) || NAMES.has(actor.name.toLowerCase())) return true;
  return (
    actor.type !== 'PERSON' &&
    actor.name
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => WORDS.has(w))
  );
}
