import { isObject, optStr, type Json, type Problems } from './gold-json.js';

/** The topics a gold article may be filed under (tests/gold/README.md). */
export const GOLD_TOPICS = [
  'politics',
  'business',
  'sport',
  'technology',
  'entertainment',
  'conflict',
  'disaster',
  'health',
  'science',
] as const;
export type GoldTopic = (typeof GOLD_TOPICS)[number];

/**
 * Where a gold article's text lives when it is not a seed: a file under `<CORPUS_DIR>/<corpus>/`, or
 * one record of a CSV file there (`row` counts CSV records from 1, after any header, as the source
 * stage names them: `test.csv#row-17`).
 */
export interface GoldSource {
  corpus: string;
  path: string;
  row?: number;
}

/** The article metadata a gold file may carry besides its annotations. */
export interface GoldMeta {
  source?: GoldSource;
  topic?: GoldTopic;
  outlet?: string;
  publishedAt?: string;
}

const PUBLISHED_AT = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** `bbc-news/tech/012.txt`, `ag-news/test.csv#row-17`: the name an article goes by in reports. */
export function sourceKey(source: GoldSource): string {
  const row = source.row === undefined ? '' : `#row-${source.row}`;
  return `${source.corpus}/${source.path}${row}`;
}

/**
 * The names a claim's `reportedBy` may give a corpus article: its key, its path, its path with the
 * corpus, and for a row `test.csv#row-17` or `test.csv#17`.
 */
export function sourceNames(source: GoldSource): string[] {
  const names = [sourceKey(source), source.path, `${source.corpus}/${source.path}`];
  if (source.row !== undefined) {
    for (const row of [`#row-${source.row}`, `#${source.row}`]) {
      names.push(`${source.path}${row}`, `${source.corpus}/${source.path}${row}`);
    }
  }
  return names;
}

function parseSource(value: unknown, problems: Problems): GoldSource | undefined {
  const where = 'source';
  if (!isObject(value)) {
    problems.add(where, 'must be an object such as { "corpus": "bbc-news", "path": "tech/012.txt" }');
    return undefined;
  }
  const corpus = value.corpus;
  const file = value.path;
  const row = value.row;
  let ok = true;
  if (typeof corpus !== 'string' || !/^[\w.-]+$/.test(corpus) || corpus.startsWith('.')) {
    problems.add(
      where,
      '"corpus" must be the name of a folder under the corpus directory (bbc-news, ag-news)',
    );
    ok = false;
  }
  if (
    typeof file !== 'string' ||
    file.trim() === '' ||
    file.startsWith('/') ||
    file.split(/[\\/]/).includes('..')
  ) {
    problems.add(where, '"path" must be a relative path inside the corpus folder, e.g. "tech/012.txt"');
    ok = false;
  }
  const isCsv = typeof file === 'string' && file.toLowerCase().endsWith('.csv');
  if (row !== undefined && (typeof row !== 'number' || !Number.isInteger(row) || row < 1)) {
    problems.add(where, '"row" must be a whole number from 1 (the CSV record number)');
    ok = false;
  }
  if (isCsv && row === undefined) {
    problems.add(where, `"${String(file)}" is a CSV file: give the record number as "row"`);
    ok = false;
  }
  if (!isCsv && row !== undefined) {
    problems.add(where, '"row" is only for CSV files');
    ok = false;
  }
  if (!ok) return undefined;
  return { corpus: corpus as string, path: file as string, ...(typeof row === 'number' ? { row } : {}) };
}

/**
 * Reads `source`, `topic`, `outlet` and `publishedAt` from the top level of a gold file, recording
 * a problem for each malformed one.
 */
export function parseGoldMeta(json: Json, problems: Problems): GoldMeta {
  const where = '(top level)';
  const source = json.source === undefined ? undefined : parseSource(json.source, problems);
  const topic = optStr(json, 'topic', where, problems);
  if (topic !== undefined && !(GOLD_TOPICS as readonly string[]).includes(topic)) {
    problems.add(where, `"topic" is "${topic}", expected one of ${GOLD_TOPICS.join(', ')}`);
  }
  const outlet = optStr(json, 'outlet', where, problems);
  if (outlet !== undefined && outlet.trim() === '') problems.add(where, '"outlet" must not be empty');
  const publishedAt = optStr(json, 'publishedAt', where, problems);
  if (publishedAt !== undefined && !PUBLISHED_AT.test(publishedAt)) {
    problems.add(where, `"publishedAt" ${publishedAt} must be YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  return {
    ...(source === undefined ? {} : { source }),
    ...(topic === undefined ? {} : { topic: topic as GoldTopic }),
    ...(outlet === undefined ? {} : { outlet }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
  };
}
