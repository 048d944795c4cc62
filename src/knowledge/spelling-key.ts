import variants from './data/transliteration-variants.json' with { type: 'json' };

const RULES: [RegExp, string][] = variants.rules.map((r) => [new RegExp(r.pattern, 'g'), r.replacement]);

/**
 * The transliteration key of a personal name ('Muammar Qadhafi' and 'Moammar Gaddafi' → 'muamar kadafi'),
 * by the ordered rules in `data/transliteration-variants.json`. Words keep their order and count, so a
 * key matches only names that are the same words spelled differently.
 */
export function spellingKey(name: string): string {
  let key = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key.replace(/\s+/g, ' ').trim();
}
