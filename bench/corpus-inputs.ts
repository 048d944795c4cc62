import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { CORPUS_DIR } from '../src/paths.js';
import { AppError } from '../src/errors.js';
import { DEFAULT_IGNORE, SUPPORTED_EXTENSIONS } from '../src/pipeline/source/index.js';

/**
 * The real corpus beside the project (`../shared/corpus`): BBC News (2,225 .txt) and AG News (test.csv,
 * 7,600 rows). Read in place, never copied.
 */
export const DEFAULT_CORPUS = CORPUS_DIR;

/** What to hand to `ingest()`, and how to clean up after. */
export interface CorpusInputs {
  paths: string[];
  /** Undoes what `corpusInputs` made (a temporary CSV holding the first rows of a table, under --limit). */
  cleanup(): Promise<void>;
}

async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || DEFAULT_IGNORE.test(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else if (SUPPORTED_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) files.push(full);
  }
  return files;
}

const TABLES = ['.csv', '.jsonl', '.ndjson'];

/** The first `rows` records of a CSV or JSONL file (a record may span lines inside quotes), plus a header. */
async function headOfTable(file: string, rows: number, into: string): Promise<number> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const kept: string[] = [];
  let record = '';
  let taken = 0;
  for await (const line of lines) {
    record = record === '' ? line : `${record}\n${line}`;
    // A CSV record is complete when its quotes are balanced.
    if (file.endsWith('.csv') && (record.match(/"/g)?.length ?? 0) % 2 === 1) continue;
    if (record.trim() !== '') {
      kept.push(record);
      taken += 1;
    }
    record = '';
    if (taken >= rows) break;
  }
  lines.close();
  await writeFile(into, `${kept.join('\n')}\n`);
  return taken;
}

/**
 * The inputs for a benchmark over `corpus`. Without a limit that is the folder itself. With one, at most
 * `limit` articles, shared between the corpus's files and tables in proportion to their size, taken from the
 * start of each in sorted order; a table that is only partly used is cut into a temporary file outside the
 * repository (headerless tables only, as AG News is).
 */
export async function corpusInputs(corpus: string, limit?: number): Promise<CorpusInputs> {
  const info = await stat(corpus).catch((cause: unknown) => {
    throw new AppError('CONFIG_INVALID', `The corpus ${corpus} cannot be read; pass --corpus <dir>.`, {
      cause,
    });
  });
  const nothing = () => Promise.resolve();
  if (limit === undefined || !info.isDirectory()) return { paths: [corpus], cleanup: nothing };

  const files = await listFiles(corpus);
  const singles = files.filter((file) => !TABLES.some((ext) => file.endsWith(ext)));
  const tables = files.filter((file) => TABLES.some((ext) => file.endsWith(ext)));
  const tableRows = await Promise.all(tables.map(countLines));
  const total = singles.length + tableRows.reduce((a, b) => a + b, 0);
  if (total <= limit) return { paths: [corpus], cleanup: nothing };

  const share = limit / total;
  const paths = pickEvenly(singles, Math.round(singles.length * share));
  const temp = tables.length > 0 ? await mkdtemp(path.join(os.tmpdir(), 'palmyra-bench-')) : undefined;
  let left = limit - paths.length;
  for (const [i, table] of tables.entries()) {
    const want = i === tables.length - 1 ? left : Math.round((tableRows[i] ?? 0) * share);
    if (want <= 0) continue;
    const into = path.join(temp!, `${i}-${path.basename(table)}`);
    left -= await headOfTable(table, want, into);
    paths.push(into);
  }
  return {
    paths,
    cleanup: () => (temp === undefined ? nothing() : rm(temp, { recursive: true, force: true })),
  };
}

/** `count` items spread evenly over the list (every category of a folder tree, not just the first). */
function pickEvenly<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]!);
}

async function countLines(file: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(file)) {
    for (const byte of chunk as Buffer) if (byte === 10) lines += 1;
  }
  return lines;
}
