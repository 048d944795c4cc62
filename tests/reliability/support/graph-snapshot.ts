/**
 * A whole graph as sorted lines of text, so two graphs can be compared exactly: one line per node (labels,
 * id, properties) and one per relationship (type, end ids, properties). A doubled node or edge shows as a
 * repeated line; a missing one as an absent line.
 */
import type { Driver } from 'neo4j-driver';
import { readRows } from '../../support/database.js';

export interface GraphSnapshot {
  /** Sorted node and relationship lines. */
  lines: string[];
  /** Nodes per label and relationships per type. */
  counts: Record<string, number>;
  /** Per article: the sorted lines of the edges it contributed (`articleId` or `articleIds` names it). */
  perArticle: Map<string, string[]>;
}

export interface SnapshotOptions {
  /** Property keys left out (e.g. `ingestedAt`, which a rerun sets anew). */
  ignore?: string[];
}

/** Properties whose order depends on the order articles were written; compared as sorted word sets. */
const WORD_SETS = new Set(['aliasText', 'searchText']);

function normalise(props: Record<string, unknown>, ignore: Set<string>): string {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(props).sort()) {
    if (ignore.has(key)) continue;
    const value = props[key];
    if (Array.isArray(value)) out[key] = [...(value as unknown[])].map(String).sort();
    else if (WORD_SETS.has(key) && typeof value === 'string')
      out[key] = value
        .split(/[\s|]+/)
        .filter(Boolean)
        .sort();
    else out[key] = value;
  }
  return JSON.stringify(out);
}

/** Reads the whole graph of `driver`'s database. */
export async function snapshotGraph(driver: Driver, options: SnapshotOptions = {}): Promise<GraphSnapshot> {
  const ignore = new Set(options.ignore ?? []);
  const nodes = await readRows<{ labels: string[]; props: Record<string, unknown> }>(
    driver,
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
  );
  const edges = await readRows<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    driver,
    'MATCH (s)-[r]->(e) RETURN type(r) AS type, s.id AS from, e.id AS to, properties(r) AS props',
  );
  const lines: string[] = [];
  const counts: Record<string, number> = {};
  const perArticle = new Map<string, string[]>();
  const bump = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  for (const node of nodes) {
    const labels = [...node.labels].sort().join(':');
    bump(`(:${labels})`);
    lines.push(`(:${labels} ${String(node.props.id)}) ${normalise(node.props, ignore)}`);
    // A PART_OF / LOCATED_IN link waiting on its article (pendingLinks, made by load/complete-links at the
    // end of the run) is written with the article: it counts as one of the article's facts.
    const pending = Array.isArray(node.props.pendingLinks) ? (node.props.pendingLinks as string[]) : [];
    for (const link of pending) {
      const [type, from, to] = link.split(' ');
      const articleId = String(node.props.id);
      const list = perArticle.get(articleId) ?? [];
      list.push(`(${from})-[:${type}]->(${to}) ${normalise({}, ignore)}`);
      perArticle.set(articleId, list);
    }
  }
  for (const edge of edges) {
    bump(`[:${edge.type}]`);
    const head = `(${edge.from})-[:${edge.type}]->(${edge.to})`;
    lines.push(`${head} ${normalise(edge.props, ignore)}`);
    const own = typeof edge.props.articleId === 'string' ? [edge.props.articleId] : [];
    const listed = Array.isArray(edge.props.articleIds) ? (edge.props.articleIds as string[]) : [];
    const line = `${head} ${normalise(edge.props, new Set([...ignore, 'articleIds']))}`;
    for (const articleId of [...own, ...listed]) {
      const list = perArticle.get(articleId) ?? [];
      list.push(line);
      perArticle.set(articleId, list);
    }
  }
  for (const list of perArticle.values()) list.sort();
  return { lines: lines.sort(), counts, perArticle };
}

/** Lines in `expected` but not in `actual` (missing) and the other way round (extra), as multisets. */
export function diffLines(expected: string[], actual: string[]): { missing: string[]; extra: string[] } {
  const remaining = new Map<string, number>();
  for (const line of actual) remaining.set(line, (remaining.get(line) ?? 0) + 1);
  const missing: string[] = [];
  for (const line of expected) {
    const left = remaining.get(line) ?? 0;
    if (left === 0) missing.push(line);
    else remaining.set(line, left - 1);
  }
  const extra = [...remaining].flatMap(([line, n]) => Array<string>(n).fill(line));
  const cut = (list: string[]) =>
    list.length > 20 ? [...list.slice(0, 20), `… ${list.length - 20} more`] : list;
  return { missing: cut(missing), extra: cut(extra) };
}

/**
 * The articles in `partial` whose contributed edges differ from the same article's in `complete`: an
 * article is either wholly in the graph with all its facts, or absent.
 */
export function partialArticles(
  complete: GraphSnapshot,
  partial: GraphSnapshot,
  articleIds: string[],
): string[] {
  const out: string[] = [];
  for (const id of articleIds) {
    const want = complete.perArticle.get(id) ?? [];
    const have = partial.perArticle.get(id) ?? [];
    const diff = diffLines(want, have);
    if (diff.missing.length + diff.extra.length > 0) {
      out.push(`${id}: ${have.length} facts, ${want.length} in a clean run; ${JSON.stringify(diff)}`);
    }
  }
  return out;
}

/** Ids of the Article nodes. */
export async function articleIds(driver: Driver): Promise<string[]> {
  const rows = await readRows<{ id: string }>(driver, 'MATCH (a:Article) RETURN a.id AS id ORDER BY id');
  return rows.map((row) => row.id);
}
