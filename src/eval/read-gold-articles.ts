import path from 'node:path';
import type { ArticleDoc } from '../domain.js';
import type { SourceItem } from '../pipeline/source/index.js';
import type { GoldArticle } from './gold-types.js';

/** Where the texts of one gold set are, and how to read them. */
export interface GoldTextDeps {
  /** Folder of the files a gold `article` field names (`seeds/` for the seed gold). */
  articleDir: string;
  /** Root of the shared corpus: a `source` names `<corpusDir>/<corpus>/<path>`. */
  corpusDir: string;
  /** The source stage (`readSources`), so that texts, titles and offsets are those of ingestion. */
  readSources: (paths: string[]) => AsyncIterable<SourceItem>;
}

/** A gold file with the article it annotates, or why that article could not be read. */
export type GoldText =
  { gold: GoldArticle; article: ArticleDoc } | { gold: GoldArticle; article?: undefined; problem: string };

/** The file a gold article's text is read from, and its CSV record number for a row. */
export function goldTextFile(
  gold: GoldArticle,
  deps: Pick<GoldTextDeps, 'articleDir' | 'corpusDir'>,
): { file: string; row?: number } {
  if (gold.source === undefined) return { file: path.join(deps.articleDir, gold.article) };
  const file = path.join(deps.corpusDir, gold.source.corpus, gold.source.path);
  return gold.source.row === undefined ? { file } : { file, row: gold.source.row };
}

function describe(item: SourceItem): string {
  return item.ok
    ? 'read'
    : `${item.code === 'SOURCE_UNREADABLE' ? 'unreadable' : 'rejected'}: ${item.reason}`;
}

/**
 * Reads the article of every gold file through the source stage, exactly as ingestion reads it: a
 * whole file for an `article` or a file `source`, one record for a CSV `source` (each CSV file is
 * streamed once for all the rows asked of it; rows are named `file.csv#row-N` by the source stage, N
 * counting records from 1). A missing or rejected article is returned with its problem, in gold order.
 */
export async function readGoldArticles(
  golds: readonly GoldArticle[],
  deps: GoldTextDeps,
): Promise<GoldText[]> {
  const found = new Map<GoldArticle, ArticleDoc | string>();
  const rowsByFile = new Map<string, Map<number, GoldArticle[]>>();
  for (const gold of golds) {
    const { file, row } = goldTextFile(gold, deps);
    if (row === undefined) {
      found.set(gold, await readWhole(file, deps));
      continue;
    }
    const rows = rowsByFile.get(file) ?? new Map<number, GoldArticle[]>();
    rows.set(row, [...(rows.get(row) ?? []), gold]);
    rowsByFile.set(file, rows);
  }
  for (const [file, rows] of rowsByFile) {
    let left = rows.size;
    const wanted = new Map([...rows.keys()].map((row) => [`#row-${row}`, row]));
    for await (const item of deps.readSources([file])) {
      const row = wanted.get(/#row-\d+$/.exec(item.file)?.[0] ?? '');
      if (row === undefined) continue;
      for (const gold of rows.get(row) ?? []) {
        found.set(gold, item.ok ? item.article : `${file} row ${row} ${describe(item)}`);
      }
      left -= 1;
      if (left === 0) break;
    }
    for (const [row, list] of rows) {
      for (const gold of list) {
        if (!found.has(gold)) found.set(gold, `${file} has no row ${row} (or the file could not be read)`);
      }
    }
  }
  return golds.map((gold) => {
    const result = found.get(gold);
    return typeof result === 'object'
      ? { gold, article: result }
      : { gold, problem: result ?? `${gold.article}: not read` };
  });
}

async function readWhole(file: string, deps: GoldTextDeps): Promise<ArticleDoc | string> {
  for await (const item of deps.readSources([file])) {
    return item.ok ? item.article : `${file} ${describe(item)}`;
  }
  return `${file} was not found`;
}
