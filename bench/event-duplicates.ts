/**
 * Event identity check: ingests article folders in a dry run and prints how many event nodes the run
 * makes, then every group of events of one kind at one place (the candidates for duplicates of one real
 * event), each with its caption, date, reports, acting sides and merge rule, so a reader can judge
 * which nodes tell the same real event. Nothing is written; no article text is copied anywhere
 * but a temporary JSONL that is removed at the end.
 *
 *   node --import tsx bench/event-duplicates.ts [--manifest MANIFEST.tsv] [--json] [--sentences] <path…>
 *
 * `--sentences` prints, under each node of a group, the sentence and trigger of every report, for judging.
 *
 * With `--manifest` (tab-separated: file, url, outlet, published, …; file relative to the manifest),
 * the listed `.txt` files are read with their URL, outlet and publication date, in manifest order;
 * a path given on the command line that is a folder holding manifest files keeps only those.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ArticleGraph, Event } from '../src/domain.js';
import { identityFamily } from '../src/knowledge/identity-families.js';
import { ingest } from '../src/pipeline/ingest.js';

/** One row of a manifest. */
export interface ManifestRow {
  file: string;
  url?: string;
  outlet?: string;
  published?: string;
}

/** Reads a tab-separated manifest with a header naming `file`, `url`, `outlet`, `published`. */
export function parseManifest(text: string): ManifestRow[] {
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const names = (header ?? '').split('\t');
  const at = (cells: string[], name: string) => {
    const i = names.indexOf(name);
    const v = i >= 0 ? cells[i]?.trim() : undefined;
    return v ? v : undefined;
  };
  return lines.flatMap((line) => {
    const cells = line.split('\t');
    const file = at(cells, 'file');
    if (!file) return [];
    const url = at(cells, 'url');
    const outlet = at(cells, 'outlet');
    const published = at(cells, 'published');
    return [
      { file, ...(url ? { url } : {}), ...(outlet ? { outlet } : {}), ...(published ? { published } : {}) },
    ];
  });
}

/** One event node with what tells it apart, as the report prints it. */
export interface EventSummary {
  id: string;
  type: string;
  place: string;
  label: string;
  dates: string[];
  agents: string[];
  reports: number;
  articles: number;
  mergeRule?: string;
  /** Each report's trigger and sentence (article id first). */
  sentences: string[];
}

/** Gathers the event nodes of a run (one per id) with their reports, in first-seen order. */
export function summariseEvents(graphs: readonly ArticleGraph[]): EventSummary[] {
  const byId = new Map<string, EventSummary & { articleIds: Set<string> }>();
  const names = new Map<string, string>();
  for (const g of graphs) {
    for (const a of g.actors) names.set(a.id, a.name);
    for (const p of g.places) names.set(p.id, p.name);
  }
  const add = (e: Event, articleId: string) => {
    const known = byId.get(e.id);
    const agents = e.participants
      .filter((p) => p.role === 'AGENT')
      .map((p) => names.get(p.actorId) ?? p.actorId);
    if (known) {
      for (const a of agents) if (!known.agents.includes(a)) known.agents.push(a);
      known.articleIds.add(articleId);
      return;
    }
    byId.set(e.id, {
      id: e.id,
      type: e.type,
      place: e.placeId ? (names.get(e.placeId) ?? e.placeId) : '',
      label: e.label,
      dates: [],
      agents,
      reports: 0,
      articles: 0,
      sentences: [],
      ...(e.mergeRule ? { mergeRule: e.mergeRule } : {}),
      articleIds: new Set([articleId]),
    });
  };
  for (const g of graphs) {
    for (const e of g.events) add(e, g.article.id);
    for (const r of g.eventReports) {
      const s = byId.get(r.eventId);
      if (!s) continue;
      s.reports += 1;
      s.sentences.push(`${r.evidence.articleId} [${r.trigger ?? ''}] ${r.evidence.sentence}`);
      const d = r.date ?? (r.monthOfYear ? `--${String(r.monthOfYear).padStart(2, '0')}` : undefined);
      if (d && !s.dates.includes(d)) s.dates.push(d);
    }
  }
  return [...byId.values()].map(({ articleIds, ...s }) => ({
    ...s,
    dates: s.dates.sort(),
    articles: articleIds.size,
  }));
}

/** Events grouped by kind family and place (`FAMILY @ place`), largest group first; groups of one left out. */
export function sameKindSamePlace(events: readonly EventSummary[]): [string, EventSummary[]][] {
  const groups = new Map<string, EventSummary[]>();
  for (const e of events) {
    if (!e.place) continue;
    // Kinds one real event is reported as share a group: a change of hands, an attack within an offensive.
    const kind = e.type === 'CAPTURE' || e.type === 'RECAPTURE' ? 'CONTROL' : identityFamily(e.type);
    const k = `${kind} @ ${e.place}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  return [...groups].filter(([, g]) => g.length > 1).sort((a, b) => b[1].length - a[1].length);
}

async function inputsOf(
  paths: string[],
  manifest: string | undefined,
): Promise<{ paths: string[]; cleanup: () => Promise<void> }> {
  if (!manifest) return { paths, cleanup: () => Promise.resolve() };
  const root = path.dirname(path.resolve(manifest));
  const rows = parseManifest(await readFile(manifest, 'utf8'));
  const wanted = paths.map((p) => path.resolve(p));
  const listed = rows.filter((r) => wanted.some((w) => path.resolve(root, r.file).startsWith(w + path.sep)));
  const other = wanted.filter((w) => !rows.some((r) => path.resolve(root, r.file).startsWith(w + path.sep)));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'event-duplicates-'));
  const lines: string[] = [];
  for (const r of listed) {
    const [title, ...body] = (await readFile(path.resolve(root, r.file), 'utf8')).split(/\r?\n/);
    lines.push(
      JSON.stringify({
        title: title?.trim() ?? r.file,
        text: body.join('\n').trim(),
        ...(r.url ? { url: r.url } : {}),
        ...(r.outlet ? { outlet: r.outlet } : {}),
        ...(r.published ? { date: r.published } : {}),
      }),
    );
  }
  const table = path.join(dir, 'articles.jsonl');
  await writeFile(table, `${lines.join('\n')}\n`);
  return { paths: [...other, table], cleanup: () => rm(dir, { recursive: true, force: true }) };
}

async function main(argv: string[]): Promise<void> {
  const args = [...argv];
  const json = args.includes('--json');
  const withSentences = args.includes('--sentences');
  const at = args.indexOf('--manifest');
  const manifest = at >= 0 ? args[at + 1] : undefined;
  const paths = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  if (paths.length === 0) {
    process.stderr.write(
      'usage: node --import tsx bench/event-duplicates.ts [--manifest M.tsv] [--json] <path…>\n',
    );
    process.exitCode = 2;
    return;
  }
  const inputs = await inputsOf(paths, manifest);
  const graphs: ArticleGraph[] = [];
  try {
    await ingest(inputs.paths, { onGraph: (g) => graphs.push(g) });
  } finally {
    await inputs.cleanup();
  }
  const events = summariseEvents(graphs);
  const groups = sameKindSamePlace(events);
  if (json) {
    process.stdout.write(`${JSON.stringify({ articles: graphs.length, events, groups }, null, 1)}\n`);
    return;
  }
  const out: string[] = [
    `articles: ${graphs.length}`,
    `event nodes: ${events.length} (placed: ${events.filter((e) => e.place).length})`,
    `same-kind same-place groups: ${groups.length}, nodes in them: ${groups.reduce((n, [, g]) => n + g.length, 0)}`,
    '',
  ];
  for (const [k, g] of groups) {
    out.push(`${k}  (${g.length} nodes)`);
    for (const e of g)
      out.push(
        `  ${e.id}  ${e.label}  | dates ${e.dates.join(',') || '-'} | agents ${e.agents.join(', ') || '-'} | ${e.reports} reports in ${e.articles} articles${e.mergeRule ? ` | ${e.mergeRule}` : ''}`,
        ...(withSentences ? e.sentences.map((x) => `      ${x}`) : []),
      );
  }
  out.push('', 'all event nodes (type, place, label, reports/articles):');
  for (const e of [...events].sort((a, b) => a.type.localeCompare(b.type) || a.place.localeCompare(b.place)))
    out.push(
      `  ${e.type.padEnd(12)} ${(e.place || '-').padEnd(18)} ${e.label}  ${e.reports}/${e.articles}  ${e.dates.join(',')}`,
    );
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  await main(process.argv.slice(2));
}
