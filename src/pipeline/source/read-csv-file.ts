import type { CsvError, Options } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import type { EncodingSniff } from './decode-text.js';
import { buildRowArticle } from './build-row-article.js';
import { readLines, type DecodedLine } from './read-lines.js';
import type { ResolvedSourceOptions } from './source-options.js';
import { rejected, type SourceItem } from './source-item.js';
import { fieldForColumn, fieldsFromRecord } from './table-columns.js';

/** A quoted field may span at most this many lines before its opening quote is taken as broken. */
const MAX_RECORD_LINES = 200;

const AG_NEWS_COLUMNS = 3;

type Layout = { kind: 'header'; columns: string[] } | { kind: 'ag-news' };

type Parsed = { kind: 'record'; record: string[] } | { kind: 'error'; error: CsvError | Error };

function detectLayout(first: string[], wanted: ResolvedSourceOptions['csvLayout']): Layout | string {
  const named = first.map(fieldForColumn);
  const isHeader = named.includes('title') || named.includes('text');
  if (wanted === 'header' || (wanted === 'auto' && isHeader)) {
    if (!isHeader) {
      return 'the header row names no title or text column (expected columns such as title, text, url, outlet, author, date)';
    }
    return { kind: 'header', columns: first };
  }
  if (wanted === 'ag-news' || (first.length === AG_NEWS_COLUMNS && /^\s*\d+\s*$/.test(first[0] ?? ''))) {
    return { kind: 'ag-news' };
  }
  return 'the first row is not a header naming a title or text column (title, text, url, outlet, author, date), nor the headerless AG News layout (class,title,description); add a header row or set csvLayout';
}

function describeError(error: Error, maxBytes: number): string {
  const message = error.message.replace(/\s+/g, ' ');
  const code = (error as Partial<CsvError>).code ?? '';
  if (code === 'CSV_MAX_RECORD_SIZE') {
    return `the row is longer than the ${maxBytes}-byte limit; raise the maxBytes option (ingest: --max-bytes) to read it`;
  }
  if (/QUOTE/.test(code)) return `broken quoting (${message})`;
  return message;
}

function countQuotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) n += 1;
  return n;
}

/**
 * Streams the articles of a CSV file row by row; memory stays flat in the number of rows. The layout is
 * a header row naming `title`/`text`/`url`/`outlet`/`author`/`date` columns, or the headerless AG News
 * layout `class,title,description` (see `csvLayout`). Lines are gathered into records by quote
 * balance (so only one record is ever held) and each record is parsed by csv-parse. A row with broken quoting or the
 * wrong number of columns is rejected as `file.csv#row-N` and reading goes on; an opening quote that
 * never closes costs only its own line. Rows count from 1 after any header.
 */
export async function* readCsvFile(
  file: string,
  displayName: string,
  sniff: EncodingSniff,
  options: ResolvedSourceOptions,
): AsyncGenerator<SourceItem> {
  const csvOptions: Options = { relax_column_count: true, max_record_size: options.maxBytes };

  /** Parses one complete record (its lines joined) with csv-parse. */
  const parseRecord = (text: string): Parsed | undefined => {
    try {
      const records: string[][] = parse(text, csvOptions);
      return records[0] === undefined ? undefined : { kind: 'record', record: records[0] };
    } catch (error) {
      return { kind: 'error', error: error instanceof Error ? error : new Error(String(error)) };
    }
  };

  let layout: Layout | undefined;
  let stopped = false;
  let row = 0;
  let pending: DecodedLine[] = [];
  let quotes = 0;
  let pendingChars = 0;

  const rowName = (): string => `${displayName}#row-${row}`;

  /** Hands over the lines gathered so far and starts a new record. */
  const takePending = (): DecodedLine[] => {
    const lines = pending;
    pending = [];
    quotes = 0;
    pendingChars = 0;
    return lines;
  };

  async function* submit(lines: DecodedLine[]): AsyncGenerator<SourceItem> {
    const first = lines[0];
    if (first === undefined) return;
    const parsed = parseRecord(lines.map((l) => l.text).join('\n'));
    const where = lines.length === 1 ? `line ${first.line}` : `lines ${first.line}-${lines.at(-1)?.line}`;
    if (layout === undefined) {
      const detected =
        parsed?.kind === 'record'
          ? detectLayout(parsed.record, options.csvLayout)
          : `the first row is not valid CSV: ${parsed === undefined ? 'empty' : describeError(parsed.error, options.maxBytes)}`;
      if (typeof detected === 'string') {
        stopped = true;
        yield rejected(displayName, detected);
        return;
      }
      layout = detected;
      if (layout.kind === 'header') return;
    }
    const expected = layout.kind === 'header' ? layout.columns.length : AG_NEWS_COLUMNS;
    const fits = parsed?.kind === 'record' && parsed.record.length === expected;
    if (!fits && lines.length > 1) {
      // The lines only joined because of a stray quote on the first one: give up that line alone.
      yield* brokenFirstLine(lines);
      return;
    }
    row += 1;
    if (parsed === undefined) return;
    if (parsed.kind === 'error') {
      yield rejected(
        rowName(),
        `${describeError(parsed.error, options.maxBytes)} (${where}); the row was skipped`,
      );
      return;
    }
    if (!fits) {
      const header = layout.kind === 'header' ? ' (as in the header)' : '';
      yield rejected(
        rowName(),
        `expected ${expected} columns${header}, found ${parsed.record.length} (${where})`,
      );
      return;
    }
    const warnings = lines.some((l) => l.latin1)
      ? ['not valid UTF-8; decoded this row as Windows-1252 (Latin-1)']
      : [];
    if (layout.kind === 'ag-news') {
      const [, title, text] = parsed.record;
      yield buildRowArticle({ title: title ?? '', text: text ?? '' }, rowName(), warnings, options, true);
      return;
    }
    const { columns } = layout;
    const entries = Object.fromEntries(
      parsed.record.map((cell, i) => [columns[i] ?? `column${i + 1}`, cell]),
    );
    yield buildRowArticle(fieldsFromRecord(entries), rowName(), warnings, options);
  }

  async function* brokenFirstLine(lines: DecodedLine[]): AsyncGenerator<SourceItem> {
    const [first, ...rest] = lines;
    if (first === undefined) return;
    row += 1;
    yield rejected(
      rowName(),
      `broken quoting: a quoted field opened on line ${first.line} never closes; the line was skipped`,
    );
    for (const line of rest) {
      yield* feed(line);
      if (stopped) return;
    }
  }

  async function* feed(line: DecodedLine): AsyncGenerator<SourceItem> {
    if (line.tooLong) {
      const start = pending[0]?.line ?? line.line;
      takePending();
      row += 1;
      yield rejected(
        rowName(),
        `row starting on line ${start} is longer than the ${options.maxBytes}-byte limit; raise the maxBytes option (ingest: --max-bytes) to read it`,
      );
      return;
    }
    if (pending.length === 0 && line.text.trim() === '') return;
    pending.push(line);
    quotes += countQuotes(line.text);
    pendingChars += line.text.length;
    if (quotes % 2 === 0) yield* submit(takePending());
    else if (pending.length > MAX_RECORD_LINES || pendingChars > options.maxBytes) {
      yield* brokenFirstLine(takePending());
    }
  }

  for await (const line of readLines(file, sniff, options.maxBytes)) {
    yield* feed(line);
    if (stopped) return;
  }
  // Quotes still open at the end of the file: each opening line is broken, the lines after it are re-read.
  while (pending.length > 0 && !stopped) yield* brokenFirstLine(takePending());
  if (layout === undefined && !stopped) yield rejected(displayName, 'file is empty (no CSV rows)');
}
