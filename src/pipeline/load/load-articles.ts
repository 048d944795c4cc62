import type { Driver } from 'neo4j-driver';
import type { ArticleGraph } from '../../domain.js';
import { AppError } from '../../errors.js';
import { runNamed } from '../../db/index.js';
import { textHash } from './text-hash.js';
import { toLoadRows } from './to-load-rows.js';
import { emptyCounts, writeBatch, type WriteCounts } from './write-batch.js';

export interface LoadDeps {
  driver: Driver;
  extractorVersion: string;
  /** Clock, passed in so tests can fix it. */
  now?: () => Date;
}

/** What happened to one batch of articles. */
export interface LoadResult {
  counts: WriteCounts;
  /** Articles already in the graph with the same content and extractor version: nothing written. */
  unchanged: string[];
  /** Articles whose earlier facts were replaced. */
  replaced: string[];
  written: string[];
  /**
   * Articles not written because the first article with the same text (or the same id) is already in the graph
   * or earlier in the batch: each is recorded on that first article (`duplicateSources`, `duplicateUrls`).
   */
  duplicates: { articleId: string; sourceFile: string; firstId: string }[];
  failed: { articleId: string; sourceFile: string; error: AppError }[];
}

function addCounts(into: WriteCounts, from: WriteCounts): void {
  for (const side of ['created', 'merged'] as const) {
    for (const kind of Object.keys(into[side]) as (keyof WriteCounts['created'])[]) {
      into[side][kind] += from[side][kind];
    }
  }
}

/**
 * Writes a batch of extracted articles to Neo4j in one transaction (it succeeds or fails whole).
 * Unchanged articles are skipped, changed ones replace their old facts. An exact duplicate (the same
 * normalised text as an article already in the graph or earlier in the batch, under another id; or a second
 * article with the same id in the batch) is not written: its source is recorded on the first. If the batch fails for a
 * reason a retry can't cure, each article is tried alone so one bad article does not sink the rest.
 * When the server is out of reach (after the driver's retries with back-off) it throws `DB_UNAVAILABLE`
 * at once: the batch was one transaction, so nothing of it is kept, and a rerun writes it.
 */
export async function loadArticles(graphs: ArticleGraph[], deps: LoadDeps): Promise<LoadResult> {
  const result: LoadResult = {
    counts: emptyCounts(),
    unchanged: [],
    replaced: [],
    written: [],
    duplicates: [],
    failed: [],
  };
  if (graphs.length === 0) return result;
  const session = deps.driver.session();
  try {
    const state = await session
      .executeRead((tx) => runNamed(tx, 'load/article-state', { ids: graphs.map((g) => g.article.id) }))
      .catch((error: unknown) => {
        throw unreachable(error, graphs) ?? error;
      });
    const known = new Map(
      state.records.map((r) => [
        r.get('id') as string,
        { hash: r.get('contentHash') as string | null, version: r.get('extractorVersion') as string | null },
      ]),
    );
    const candidates: ArticleGraph[] = [];
    const firstById = new Map<string, ArticleGraph>();
    const duplicateOf = new Map<ArticleGraph, string>();
    for (const graph of graphs) {
      const before = known.get(graph.article.id);
      if (firstById.has(graph.article.id)) {
        duplicateOf.set(graph, graph.article.id);
        continue;
      }
      firstById.set(graph.article.id, graph);
      if (before?.hash === graph.article.contentHash && before.version === deps.extractorVersion) {
        result.unchanged.push(graph.article.id);
      } else {
        candidates.push(graph);
      }
    }
    // Exact duplicates: the same normalised text as an article in the graph, or as one earlier in this batch.
    const hashes = new Map(candidates.map((g) => [g, textHash(g.article.text)]));
    const inGraph = await session
      .executeRead((tx) =>
        runNamed(tx, 'load/find-duplicates', {
          rows: candidates.map((g) => ({ id: g.article.id, textHash: hashes.get(g) })),
        }),
      )
      .catch((error: unknown) => {
        throw unreachable(error, graphs) ?? error;
      });
    const firstInGraph = new Map(
      inGraph.records.flatMap((r) => {
        const firstId = r.get('firstId') as string | null;
        return firstId === null ? [] : [[r.get('id') as string, firstId] as const];
      }),
    );
    const firstByText = new Map<string, string>();
    const todo: ArticleGraph[] = [];
    for (const graph of candidates) {
      const hash = hashes.get(graph) ?? '';
      const first = firstInGraph.get(graph.article.id) ?? firstByText.get(hash);
      if (first !== undefined) {
        duplicateOf.set(graph, first);
        continue;
      }
      firstByText.set(hash, graph.article.id);
      todo.push(graph);
      if (known.get(graph.article.id)?.hash) result.replaced.push(graph.article.id);
    }
    const ingestedAt = (deps.now ?? (() => new Date()))().toISOString();
    const write = async (batch: ArticleGraph[]) => {
      const ids = new Set(batch.map((g) => g.article.id));
      const rows = toLoadRows(batch, ingestedAt, deps.extractorVersion);
      const replace = result.replaced.filter((id) => ids.has(id));
      const counts = await session.executeWrite((tx) => writeBatch(tx, rows, replace));
      addCounts(result.counts, counts);
      result.written.push(...ids);
    };
    const recordDuplicates = async () => {
      const rows = [...duplicateOf].map(([graph, firstId]) => ({
        firstId,
        sourceFile: graph.article.sourceFile,
        url: graph.article.url ?? null,
      }));
      if (rows.length > 0) {
        await session.executeWrite((tx) => runNamed(tx, 'load/record-duplicates', { rows }));
      }
      const failedIds = new Set(result.failed.map((f) => f.articleId));
      for (const [graph, firstId] of duplicateOf) {
        if (failedIds.has(firstId)) {
          result.failed.push({
            articleId: graph.article.id,
            sourceFile: graph.article.sourceFile,
            error: new AppError(
              'LOAD_FAILED',
              `${graph.article.sourceFile} has the same text as an article that could not be written; fix that one and rerun.`,
            ),
          });
          continue;
        }
        result.duplicates.push({
          articleId: graph.article.id,
          sourceFile: graph.article.sourceFile,
          firstId,
        });
      }
    };
    try {
      if (todo.length > 0) await write(todo);
    } catch (batchError) {
      // The driver has already retried with back-off; with the server gone, trying each article alone
      // would only wait out the retries once per article. Stop, and let the caller say how to resume.
      const gone = unreachable(batchError, todo);
      if (gone !== undefined) throw gone;
      if (todo.length === 1) {
        const only = todo[0]!;
        result.failed.push({
          articleId: only.article.id,
          sourceFile: only.article.sourceFile,
          error: new AppError('LOAD_FAILED', `Writing ${only.article.sourceFile} failed.`, {
            cause: batchError,
          }),
        });
        await recordDuplicates();
        return result;
      }
      for (const graph of todo) {
        try {
          await write([graph]);
        } catch (cause) {
          result.failed.push({
            articleId: graph.article.id,
            sourceFile: graph.article.sourceFile,
            error: new AppError('LOAD_FAILED', `Writing ${graph.article.sourceFile} failed.`, { cause }),
          });
        }
      }
    }
    await recordDuplicates();
    return result;
  } finally {
    await session.close();
  }
}

/** Driver errors that mean the server is out of reach (stopped, restarting, network gone). */
function isConnectionLost(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

/**
 * A `DB_UNAVAILABLE` error for a batch the server could not be reached for (after the driver's retries), or
 * undefined when `error` is something else. Nothing of such a batch is kept: it was one transaction.
 */
function unreachable(error: unknown, graphs: ArticleGraph[]): AppError | undefined {
  const cause = error instanceof AppError && error.cause !== undefined ? error.cause : error;
  if (!isConnectionLost(cause)) return undefined;
  const first = graphs[0]?.article.sourceFile ?? '';
  return new AppError(
    'DB_UNAVAILABLE',
    `Neo4j stopped answering while writing a batch of ${graphs.length} article(s) (from ${first}); that batch was not written. ` +
      'Start the database again and rerun the same command: articles already written are skipped.',
    { cause, details: { articleIds: graphs.map((g) => g.article.id) } },
  );
}
