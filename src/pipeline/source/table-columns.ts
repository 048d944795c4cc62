import type { RawArticle } from './build-article.js';

/** The article field a CSV column or JSONL key fills. */
export type TableField = 'title' | 'text' | 'url' | 'outlet' | 'author' | 'date';

/** Accepted names (lower case, letters and digits only) for each field, first the documented one. */
const ALIASES: Readonly<Record<TableField, readonly string[]>> = {
  title: ['title', 'headline', 'heading'],
  text: ['text', 'body', 'content', 'description', 'article', 'story', 'maintext'],
  url: ['url', 'link', 'href', 'sourceurl', 'permalink'],
  outlet: ['outlet', 'source', 'publisher', 'publication', 'site', 'sitename'],
  author: ['author', 'authors', 'byline', 'writer'],
  date: [
    'date',
    'published',
    'publishedat',
    'publishdate',
    'publicationdate',
    'pubdate',
    'datepublished',
    'datetime',
  ],
};

const FIELD_BY_NAME: ReadonlyMap<string, TableField> = new Map(
  (Object.entries(ALIASES) as [TableField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [name, field] as const),
  ),
);

/** The field a column name stands for ("Published_At" → date), if any. */
export function fieldForColumn(name: string): TableField | undefined {
  return FIELD_BY_NAME.get(name.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

/** Article fields from one CSV row or JSON object, by column name; later duplicates do not override. */
export function fieldsFromRecord(
  record: Readonly<Record<string, unknown>>,
): Partial<Record<TableField, string>> {
  const out: Partial<Record<TableField, string>> = {};
  for (const [key, value] of Object.entries(record)) {
    const field = fieldForColumn(key);
    if (field === undefined || out[field] !== undefined) continue;
    if (typeof value === 'string' && value.trim() !== '') out[field] = value;
    else if (typeof value === 'number') out[field] = String(value);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string') && value.length > 0)
      out[field] = value.join(', ');
  }
  return out;
}

/** The RawArticle fields for a table row (title/text left to the caller). */
export function rowMetadata(
  fields: Partial<Record<TableField, string>>,
): Pick<RawArticle, 'url' | 'outlet' | 'author' | 'date'> {
  const out: Pick<RawArticle, 'url' | 'outlet' | 'author' | 'date'> = {};
  if (fields.url !== undefined) out.url = fields.url;
  if (fields.outlet !== undefined) out.outlet = fields.outlet;
  if (fields.author !== undefined) out.author = fields.author;
  if (fields.date !== undefined) out.date = fields.date;
  return out;
}
