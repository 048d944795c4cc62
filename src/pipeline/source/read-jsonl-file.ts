import type { EncodingSniff } from './decode-text.js';
import { buildRowArticle } from './build-row-article.js';
import { readLines } from './read-lines.js';
import type { ResolvedSourceOptions } from './source-options.js';
import { rejected, type SourceItem } from './source-item.js';
import { fieldsFromRecord } from './table-columns.js';

/**
 * Streams the articles of a JSON Lines file: one object per line with `title`, `text` and optional
 * `url`, `outlet`, `author`, `date`. Blank lines are skipped; a line that is not a JSON object is
 * rejected as `file.jsonl#row-N` (N = line number) and reading goes on. Memory is bounded by the
 * longest line, never by the number of lines.
 */
export async function* readJsonlFile(
  file: string,
  displayName: string,
  sniff: EncodingSniff,
  options: ResolvedSourceOptions,
): AsyncGenerator<SourceItem> {
  let any = false;
  for await (const line of readLines(file, sniff, options.maxBytes)) {
    const name = `${displayName}#row-${line.line}`;
    if (line.tooLong) {
      any = true;
      yield rejected(
        name,
        `line is longer than the ${options.maxBytes}-byte limit; raise the maxBytes option (ingest: --max-bytes) to read it`,
      );
      continue;
    }
    const text = line.line === 1 ? line.text.replace(/^\uFEFF/, '') : line.text;
    if (text.trim() === '') continue;
    any = true;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield rejected(name, `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield rejected(name, 'expected a JSON object with "title" and "text" on each line');
      continue;
    }
    const fields = fieldsFromRecord(value as Record<string, unknown>);
    if (fields.title === undefined && fields.text === undefined) {
      yield rejected(
        name,
        `the object has no "title" or "text" (keys: ${Object.keys(value).slice(0, 8).join(', ')})`,
      );
      continue;
    }
    const warnings = line.latin1 ? ['not valid UTF-8; decoded this line as Windows-1252 (Latin-1)'] : [];
    yield buildRowArticle(fields, name, warnings, options);
  }
  if (!any) yield rejected(displayName, 'file is empty (it holds only whitespace)');
}
