import { parse, type CsvError, type Info } from 'csv-parse';
import type { EncodingSniff } from './decode-text.js';
import { buildRowArticle } from './build-row-article.js';
import { readLines } from './read-lines.js';
import type { ResolvedSourceOptions } from './source-options.js';
import { rejected, type SourceItem } from './source-item.js';
import { fieldForColumn, fieldsFromRecord } from './table-columns.js';

/** Stands in for a line dropped for being too long, so the row that held it is rejected. */
const TOO_LONG = '\u0000line-too-long\u0000';

type Event =
  | { kind: 'record'; record: string[]; info: Info }
  | { kind: 'skip'; error: CsvError }
  | { kind: 'fatal'; error: Error };

type Layout = { kind: 'header'; columns: string[] } | { kind: 'ag-news' };

const AG_NEWS_COLUMNS = 3;

function detectLayout(first: string[], wanted: ResolvedSourceOptions['csvLayout']): Layout | string {
  const named = first.map(fieldForColumn);
  const isHeader = named.includes('title') || named.includes('text');
  if (wanted === 'header' || (wanted === 'auto' && isHeader)) {
    if (!isHeader) return 'the header row names no title or text column (expected columns such as title, text, url, outlet, author, date)';
    return { kind: 'header', columns: first };
  }
  if (wanted === 'ag-news' || (first.length === AG_NEWS_COLUMNS && /^\s*\d+\s*$/.test(first[0] ?? ''))) return { kind: 'ag-news' };
  return 'the first row is not a header naming a title or text column (title, text, url, outlet, author, date), and not the headerless AG News layout (class,title,description); add a header row or pass csvLayout';
}

function describeSkip(error: CsvError): string {
  const message = error.message.replace(/\s+/g, ' ');
  if (/QUOTE/.test(error.code)) return `broken quoting (${message})`;
  if (error.code === 'CSV_MAX_RECORD_SIZE') return `row is larger than the limit (${message}); raise maxBytes to accept it`;
  return message;
}

/**
 * Streams the articles of a CSV file row by row (memory stays flat in the number of rows). The layout
 * is a header row naming `title`/`text`/`url`/`outlet`/`author`/`date` columns, or the headerless
 * AG News layout `class,title,description` (see `csvLayout`). A row with broken quoting or the wrong
 * number of columns is rejected as `file.csv#row-N` and reading goes on. Rows count from 1 after
 * any header.
 */
export async function* readCsvFile(
  file: string,
  displayName: string,
  sniff: EncodingSniff,
  options: ResolvedSourceOptions,
): AsyncGenerator<SourceItem> {
  const events: Event[] = [];
  const parser = parse({
    relax_column_count: true,
    skip_records_with_error: true,
    max_record_size: options.maxBytes,
    on_record: (record: string[], info: Info) => {
      events.push({ kind: 'record', record, info: { ...info } });
      return null;
    },
    on_skip: (error: CsvError | undefined) => {
      if (error !== undefined) events.push({ kind: 'skip', error });
      return undefined;
    },
  });
  parser.on('error', (error: Error) => events.push({ kind: 'fatal', error }));
  parser.resume();

  let layout: Layout | undefined;
  let row = 0;
  let lastSkipLine = -1;
  let lastRecordLine = 0;
  const latin1Lines = new Set<number>();
  let failed = false;

  function* drain(): Generator<SourceItem> {
    while (events.length > 0 && !failed) {
      const event = events.shift();
      if (event === undefined) break;
      if (event.kind === 'fatal') {
        failed = true;
        yield rejected(`${displayName}#row-${row + 1}`, `CSV parsing stopped: ${event.error.message}`);
        return;
      }
      if (event.kind === 'skip') {
        if (layout === undefined) {
          failed = true;
          yield rejected(displayName, `the first row is not valid CSV: ${describeSkip(event.error)}`);
          return;
        }
        const at = typeof event.error.lines === 'number' ? event.error.lines : -2;
        if (at === lastSkipLine) continue;
        lastSkipLine = at;
        row += 1;
        yield rejected(`${displayName}#row-${row}`, `${describeSkip(event.error)}; the row was skipped`);
        continue;
      }
      const { record, info } = event;
      const firstLine = lastRecordLine + 1;
      lastRecordLine = info.lines;
      if (layout === undefined) {
        const detected = detectLayout(record, options.csvLayout);
        if (typeof detected === 'string') {
          failed = true;
          yield rejected(displayName, detected);
          return;
        }
        layout = detected;
        if (layout.kind === 'header') continue;
      }
      row += 1;
      const name = `${displayName}#row-${row}`;
      if (record.some((cell) => cell.includes(TOO_LONG))) {
        yield rejected(name, `a line is longer than the ${options.maxBytes}-byte limit; raise maxBytes to accept it`);
        continue;
      }
      const expected = layout.kind === 'header' ? layout.columns.length : AG_NEWS_COLUMNS;
      if (record.length !== expected) {
        yield rejected(name, `expected ${expected} columns${layout.kind === 'header' ? ' (as in the header)' : ''}, found ${record.length} (line ${info.lines})`);
        continue;
      }
      const warnings: string[] = [];
      for (let l = firstLine; l <= info.lines; l++) {
        if (latin1Lines.has(l)) {
          warnings.push('not valid UTF-8; decoded this row as Windows-1252 (Latin-1)');
          break;
        }
      }
      if (layout.kind === 'ag-news') {
        yield buildRowArticle({ title: record[1] ?? '', text: record[2] ?? '' }, name, warnings, options, true);
      } else {
        const columns = layout.columns;
        const entries = Object.fromEntries(record.map((cell, i) => [columns[i] ?? `column${i}`, cell]));
        yield buildRowArticle(fieldsFromRecord(entries), name, warnings, options);
      }
    }
  }

  const write = (chunk: string): Promise<void> =>
    new Promise((resolve) => {
      parser.write(chunk, () => resolve());
    });

  try {
    for await (const line of readLines(file, sniff, options.maxBytes)) {
      if (line.latin1) latin1Lines.add(line.line);
      await write(line.tooLong ? `${TOO_LONG}\n` : `${line.text}\n`);
      yield* drain();
      if (failed) return;
      if (latin1Lines.size > 0) for (const l of latin1Lines) if (l <= lastRecordLine) latin1Lines.delete(l);
    }
    await new Promise<void>((resolve) => {
      parser.once('finish', resolve);
      parser.once('error', () => resolve());
      parser.end();
    });
    yield* drain();
    if (layout === undefined && !failed) yield rejected(displayName, 'file is empty (no CSV rows)');
  } finally {
    parser.destroy();
  }
}
