import grammar from '../../../knowledge/data/event-grammar-words.json' with { type: 'json' };
import type { ResolvedMention } from '../context.js';
import type { RoleScope } from './role-scope.js';
import { possessiveAt, wordBefore } from './words.js';

function start(m: ResolvedMention): number {
  return m.evidence.start;
}
function end(m: ResolvedMention): number {
  return m.evidence.end;
}

/** Mentions joined to `m` by 'and', ',' or 'together with', walking left or right. */
export function coordinated(scope: RoleScope, m: ResolvedMention, direction: -1 | 1): ResolvedMention[] {
  const list = scope.mentions;
  const out: ResolvedMention[] = [];
  let index = list.indexOf(m);
  let current = m;
  for (;;) {
    index += direction;
    const next = list[index];
    if (next === undefined || next.kind !== m.kind) break;
    const gap =
      direction < 0
        ? scope.text.slice(end(next), start(current))
        : scope.text.slice(end(current), start(next));
    const gapWords = gap
      .replace(/['’]s\b/g, '')
      .trim()
      .toLowerCase();
    if (!/^(?:,|and|, and|together with|along with|as well as|&)(?:\s+the)?$/.test(gapWords)) break;
    // ', the …' is an apposition or a new clause, not a list; sources and helpers never join.
    if (/^,\s+the$/.test(gapWords) || scope.excluded.has(next)) break;
    out.push(next);
    current = next;
  }
  return out;
}

/** Words that are prepositions or clause openers ('after Syrian forces recaptured …'; `data/event-grammar-words.json`). */
const CONJUNCTIONS: ReadonlySet<string> = new Set(grammar.clauseOpeners);

/** A subject relative pronoun right after a mention: 'for Steve Backley, who retired …'. */
const SUBJECT_RELATIVE = /^\s*,\s*(?:who|which)\s/;

/**
 * True when `m` is the antecedent of a subject relative clause that holds `headOf` ('a landmark for
 * Steve Backley, who retired from competition'): the relative pronoun stands for `m`, so `m` is the
 * subject of the clause's verb whatever governs `m` itself.
 */
export function headsRelativeClause(scope: RoleScope, m: ResolvedMention, headOf: number): boolean {
  const gap = scope.text.slice(end(m), headOf);
  const opener = SUBJECT_RELATIVE.exec(gap);
  if (!opener) return false;
  // The clause runs on to the trigger: no comma, clause break or second relative before it.
  return !/[,;:()]|\b(?:who|which|that|whose|whom)\b/.test(gap.slice(opener[0].length));
}

/** True when a preposition governs `m` (so it is no subject), unless it is a partitive, the trigger's own clause opener, or the antecedent of the trigger's relative clause. */
export function isPreposed(scope: RoleScope, m: ResolvedMention, headOf?: number): boolean {
  const word = wordBefore(scope.text, start(m));
  if (!scope.lexicon.prepositions.has(word)) return false;
  if (headOf !== undefined && headsRelativeClause(scope, m, headOf)) return false;
  if (word === 'of' && headOf !== undefined && isPartitive(scope, m)) return false;
  if (headOf !== undefined && CONJUNCTIONS.has(word)) {
    // 'after Syrian government forces recaptured': the conjunction opens the trigger's own clause.
    const gap = scope.text.slice(end(m), headOf);
    if (gap.length <= 30 && !/,/.test(gap)) return false;
  }
  return true;
}

/** 'hundreds of Red Brigade fighters', 'dozens of Northlandic troops': the 'of' follows a quantity, at a clause start. */
export function isPartitive(scope: RoleScope, m: ResolvedMention): boolean {
  const before = scope.text.slice(Math.max(0, start(m) - 40), start(m));
  const match =
    /(?:^|[,;]\s*|\b(?:and|but|after|when|as|while)\s+|^\s*)(?:the\s+)?([\p{L}\d,]+)\s+of\s+(?:the\s+)?$/u.exec(
      before,
    );
  if (!match) return false;
  const quantity = match[1]!.toLowerCase();
  return scope.lexicon.quantityWords.has(quantity) || /^\d[\d,]*$/.test(quantity);
}

/** 'U.S.-backed rebels', 'Iranian-supported militias': the actor only modifies another noun. */
export function isModifier(scope: RoleScope, m: ResolvedMention): boolean {
  return /^-(?:backed|supported|funded|armed|trained|allied)\b/.test(scope.text.slice(end(m), end(m) + 12));
}

/** A mention that is the possessor of a following noun ('Syria's general command'), not a head. */
export function isPossessor(scope: RoleScope, m: ResolvedMention): boolean {
  return possessiveAt(scope.text, end(m)) || /['’]s$/.test(m.surface);
}
