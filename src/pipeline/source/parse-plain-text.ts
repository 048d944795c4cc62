import type { RawArticle } from './build-article.js';

/** Metadata keys read from Markdown front matter. */
const FRONT_MATTER_KEYS: Readonly<Record<string, keyof RawArticle>> = {
  title: 'title',
  author: 'author',
  byline: 'author',
  date: 'date',
  published: 'date',
  publishedat: 'date',
  url: 'url',
  link: 'url',
  outlet: 'outlet',
  source: 'outlet',
  publisher: 'outlet',
};

function readFrontMatter(text: string): { fields: Partial<RawArticle>; rest: string } {
  const m = /^---[ \t]*\n([\s\S]{0,10000}?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (m === null) return { fields: {}, rest: text };
  const fields: Partial<Record<keyof RawArticle, string>> = {};
  for (const line of (m[1] ?? '').split('\n')) {
    const kv = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
    const key = FRONT_MATTER_KEYS[(kv?.[1] ?? '').toLowerCase().replace(/_/g, '')];
    const value = kv?.[2]?.trim().replace(/^(["'])(.*)\1$/, '$2');
    if (key !== undefined && value !== undefined && value !== '') fields[key] = value;
  }
  return { fields: fields as Partial<RawArticle>, rest: text.slice(m[0].length) };
}

/**
 * Splits a `.txt` or `.md` document into title and body: the first non-empty line is the title (for
 * Markdown without its leading `#`s; YAML front matter, when present, may give title, author, date,
 * url, outlet). A first line longer than `maxTitleChars` is body text, and the title is left empty.
 */
export function parsePlainText(
  text: string,
  kind: 'txt' | 'md',
  sourceFile: string,
  warnings: string[],
  maxTitleChars: number,
): RawArticle {
  const normalised = text.replace(/\r\n?/g, '\n');
  const { fields, rest } = kind === 'md' ? readFrontMatter(normalised) : { fields: {}, rest: normalised };
  const base: RawArticle = { ...fields, body: rest, sourceFile, warnings };
  if (fields.title !== undefined) return base;

  const firstLine = /^\s*([^\n]*)(?:\n|$)/.exec(rest);
  let title = firstLine?.[1]?.trim() ?? '';
  if (kind === 'md') title = title.replace(/^#{1,6}\s*/, '').replace(/\s*#+\s*$/, '');
  if (title === '' || title.length > maxTitleChars) return { ...base, title: '' };
  return { ...base, title, body: rest.slice(firstLine?.[0].length ?? 0) };
}
