import type { ClaimScope } from './claim-scope.js';
import { verbForm } from './clause-role.js';

/**
 * 'A spokesman for the Association (Apacs) which represents the UK's payments industry said': a
 * relative clause with no commas, opened by 'which' or 'who' as its subject (a verb follows the
 * pronoun), after a name or a bracket, ends right before the reporting verb; the verb's subject stands
 * before it (Quirk et al. 1985, §17.8, restrictive relative clauses). Returns the pronoun's offset.
 * Not 'the plan which he said …': a pronoun or determiner after 'which' is the relative clause's own subject.
 */
export function beforeSubjectRelative(
  scope: ClaimScope,
  verbStart: number,
  floor: number,
): number | undefined {
  const head = scope.text.slice(floor, verbStart);
  const match = /\s(which|who)\s+(\p{Ll}+)\b[^,;:.!?"“”()]*$/u.exec(head);
  if (!match) return undefined;
  const next = match[2]!;
  const lexicon = scope.lexicon;
  if (lexicon.personPronouns.has(next) || lexicon.groupPronouns.has(next)) return undefined;
  if (lexicon.syntax.determiners.has(next) || !verbForm(scope, next)) return undefined;
  const at = floor + match.index;
  const before = scope.text.slice(floor, at);
  const afterName = scope.mentions.some(
    (m) => m.kind === 'ACTOR' && m.evidence.end <= at && /^\s*$/.test(scope.text.slice(m.evidence.end, at)),
  );
  return afterName || /\)\s*$/.test(before) ? at : undefined;
}
