import type { ResolvedMention } from '../context.js';
import type { ClaimScope } from './claim-scope.js';

/**
 * Where a speaker's name ends for the clause rules: after an abbreviated legal form and its full stop,
 * inside the name or right after it ('Wal-Mart Stores Inc. reported', 'General Motors Corp. said'), so
 * that the full stop is not read as the end of a clause; else the mention's own end.
 */
export function nameEnd(scope: ClaimScope, mention: ResolvedMention): number {
  const end = mention.evidence.end;
  const forms = scope.lexicon.syntax.companyAbbreviations;
  const last = /(\p{L}+)$/u.exec(scope.text.slice(Math.max(0, end - 6), end))?.[1];
  if (last && forms.has(last) && scope.text[end] === '.') return end + 1;
  const after = /^\s+(\p{L}+)\./u.exec(scope.text.slice(end, end + 8));
  const word = after?.[1];
  return after && word && forms.has(word) ? end + after[0].length : end;
}
