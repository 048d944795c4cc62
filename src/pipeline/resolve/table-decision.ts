import type { Decision } from './decision.js';

/** The rule of a name found in an alias table: 'exact' when it is the entry's own name, else 'alias-table'. */
export function tableRule(name: string, canonical: string): string {
  return name === canonical ? 'exact' : 'alias-table';
}

/** An alias-table entry as resolution reads it: its canonical name and the other names it lists. */
export interface TableEntry {
  name: string;
  aliases?: readonly string[];
}

/**
 * The decision for a name found in an alias table (organisations, countries, regions): the entry's
 * canonical name, the rule that found it, and as aliases the name as written and the entry's own
 * aliases (those with a leading "the" are left out, as the name as written has none).
 */
export function tableDecision(
  name: string,
  entry: TableEntry,
  rest: Omit<Decision, 'rule' | 'canonical' | 'aliases'>,
  extraAliases: readonly string[] = [],
): Decision {
  const listed = (entry.aliases ?? []).filter((a) => !/^the /i.test(a));
  return {
    ...rest,
    rule: tableRule(name, entry.name),
    canonical: entry.name,
    aliases: [name, ...listed, ...extraAliases],
  };
}
