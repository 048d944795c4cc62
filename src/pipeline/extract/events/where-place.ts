import type { ResolvedMention } from '../context.js';
import type { RoleScope } from './role-scope.js';
import { sameClause } from './words.js';

/** How far (in characters) the trigger may stand after 'where'. */
const WHERE_REACH = 80;

/**
 * The place a 'where' relative clause holding the trigger refers back to ('… New Mexico, where Al
 * Gore won in 2000'): the place named right before 'where' (with at most a comma between), when the
 * trigger follows in the same clause. Undefined otherwise.
 */
export function wherePlace(scope: RoleScope, triggerStart: number): ResolvedMention | undefined {
  const window = scope.text.slice(Math.max(0, triggerStart - WHERE_REACH), triggerStart);
  const at = window.search(/\bwhere\s[^]*$/u);
  if (at < 0) return undefined;
  const where = triggerStart - window.length + at;
  if (/\bwhere\b/.test(scope.text.slice(where + 5, triggerStart))) return undefined;
  if (!sameClause(scope.text, where, triggerStart)) return undefined;
  const place = scope.mentions.filter((m) => m.evidence.end <= where).at(-1);
  if (place?.kind !== 'PLACE' || scope.excluded.has(place)) return undefined;
  return /^\s*,?\s*$/.test(scope.text.slice(place.evidence.end, where)) ? place : undefined;
}
