import roles from './data/byline-roles.json' with { type: 'json' };

/** What a byline line says about who wrote the article and where. */
export interface Byline {
  author?: string;
  outlet?: string;
  /** Which rule matched, for tests and warnings. */
  rule: string;
}

/** Case-insensitive source for a literal word, without the `i` flag (which would also loosen `\p{Lu}`). */
function anyCase(word: string): string {
  return [...word]
    .map((c) =>
      c.toLowerCase() === c.toUpperCase()
        ? c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        : `[${c.toUpperCase()}${c.toLowerCase()}]`,
    )
    .join('');
}

const NAME_WORD = "\\p{Lu}[\\p{L}'’-]*\\.?";
const PARTICLE = '(?:van|von|der|den|de|del|della|da|di|du|al|el|bin|ibn|le|la|st\\.)';
/** Two to four capitalised words, allowing particles ("Ludwig van Beethoven") and initials ("J. R. Smith"). */
const NAME = `(${NAME_WORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)?${NAME_WORD}){1,3})`;
const OUTLET_WORD = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’.-]*";
const OUTLET = `(${OUTLET_WORD}(?:[ \\t]+(?:of|the|and|for|on|&|${OUTLET_WORD}))*)`;
const ROLE = `(?:${roles.roles
  .slice()
  .sort((a, b) => b.length - a.length)
  .map(anyCase)
  .join('|')})`;

interface BylineRule {
  name: string;
  pattern: RegExp;
  author?: number;
  outlet?: number;
}

/** Tried in order on one short line; the first match wins. */
const BYLINE_RULES: readonly BylineRule[] = [
  {
    name: 'bio',
    pattern: new RegExp(
      `^${NAME}[ \\t]+(?:is|was)[ \\t]+(?:an?|the)[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,3}?${ROLE}[ \\t]+(?:for|at|with|of)[ \\t]+(?:the[ \\t]+)?${OUTLET}`,
      'u',
    ),
    author: 1,
    outlet: 2,
  },
  {
    name: 'written-by',
    pattern: new RegExp(
      `^(?:${['written', 'reported', 'words', 'story', 'text', 'article'].map(anyCase).join('|')})[ \\t]+${anyCase('by')}:?[ \\t]+${NAME}(?:[ \\t]*[,|–—-][ \\t]*${OUTLET})?[ \\t]*[.]?$`,
      'u',
    ),
    author: 1,
    outlet: 2,
  },
  {
    name: 'posted-by',
    pattern: new RegExp(
      `^(?:${['posted', 'published', 'updated'].map(anyCase).join('|')})\\b.{0,80}?\\bby[ \\t]+${NAME}`,
      'u',
    ),
    author: 1,
  },
  {
    name: 'by',
    pattern: new RegExp(
      `^${anyCase('by')}:?[ \\t]+${NAME}(?:[ \\t]*(?:,|\\||–|—|-|for)[ \\t]*${OUTLET})?[ \\t]*[.]?$`,
      'u',
    ),
    author: 1,
    outlet: 2,
  },
  {
    name: 'label',
    pattern: new RegExp(
      `^(?:${['author', 'byline', 'reporter', 'writer'].map(anyCase).join('|')})[ \\t]*:[ \\t]*${NAME}`,
      'u',
    ),
    author: 1,
  },
];

/** Drops the full stop that ends the sentence, but keeps an initial's ("John Q."). */
function tidy(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let out = value.trim();
  const last = out.split(/\s+/).pop() ?? '';
  if (out.endsWith('.') && last.replace(/\.$/, '').length > 1) out = out.slice(0, -1);
  return out === '' ? undefined : out;
}

/**
 * Reads a byline from one line of text: `Written by X`, `By X`, `Posted … by X`, `Author: X`, or an
 * author bio `X is a writer for Y` (which also names the outlet). Undefined when the line is no byline.
 */
export function findByline(line: string): Byline | undefined {
  const text = line.trim();
  if (text.length === 0 || text.length > 200) return undefined;
  for (const rule of BYLINE_RULES) {
    const m = rule.pattern.exec(text);
    if (m === null) continue;
    const author = tidy(rule.author === undefined ? undefined : m[rule.author]);
    const outlet = tidy(rule.outlet === undefined ? undefined : m[rule.outlet]);
    if (author === undefined && outlet === undefined) continue;
    return {
      rule: rule.name,
      ...(author === undefined ? {} : { author }),
      ...(outlet === undefined ? {} : { outlet }),
    };
  }
  return undefined;
}
