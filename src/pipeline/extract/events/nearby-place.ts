import type { ResolvedMention } from '../context.js';
import type { RoleScope } from './role-scope.js';
import { RELATIVE_OPENER } from './subject-object.js';
import { sameClause } from './words.js';

/** How far (in characters) a place not tied by syntax may stand from its trigger. */
const NEARBY_REACH = 80;

/**
 * The place nearest to a trigger at `triggerStart..after`, either side, in the same clause with no
 * comma between and not inside a relative clause after it: a place that is not tied by syntax.
 */
export function nearbyPlace(
  scope: RoleScope,
  triggerStart: number,
  after: number,
): ResolvedMention | undefined {
  let best: ResolvedMention | undefined;
  let bestDistance = Infinity;
  for (const m of scope.mentions) {
    if (m.kind !== 'PLACE' || scope.excluded.has(m)) continue;
    const start = m.evidence.start;
    const distance = start >= after ? start - after : triggerStart - m.evidence.end;
    if (distance < 0 || distance > NEARBY_REACH) continue;
    const [a, b] = start >= after ? [after, start] : [m.evidence.end, triggerStart];
    if (!sameClause(scope.text, a, b) || scope.text.slice(a, b).includes(',')) continue;
    if (start >= after && RELATIVE_OPENER.test(scope.text.slice(a, b))) continue;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}
