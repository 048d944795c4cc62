import { buildArticle } from './build-article.js';
import { cleanEntities } from './clean-entities.js';
import type { ResolvedSourceOptions } from './source-options.js';
import type { SourceItem } from './source-item.js';
import { rowMetadata, type TableField } from './table-columns.js';
import { splitTitleOutlet } from './title-outlet.js';

/**
 * Builds the article of one CSV row or JSONL line: cleans HTML entity remnants from title and text,
 * moves a trailing `(Reuters)`-style tag into `outlet` when no outlet column is given, then
 * {@link buildArticle}.
 */
export function buildRowArticle(
  fields: Partial<Record<TableField, string>>,
  sourceFile: string,
  warnings: string[],
  options: ResolvedSourceOptions,
  agNews = false,
): SourceItem {
  const clean = { backslashEscapes: agNews };
  let title = cleanEntities(fields.title ?? '', clean).replace(/\s+/g, ' ');
  let text = cleanEntities(fields.text ?? '', clean);
  const meta = rowMetadata(fields);
  if (meta.outlet === undefined && title !== '') {
    const split = splitTitleOutlet(title, text);
    title = split.title;
    text = split.text;
    if (split.outlet !== undefined) meta.outlet = split.outlet;
  }
  return buildArticle({ ...meta, title, body: text, sourceFile, warnings, row: true }, options);
}
