import type { IngestSummary } from '../pipeline/ingest.js';

/**
 * The end-of-run report of an ingest, for people. Its article line adds up: written + unchanged + duplicates +
 * rejected = inputs (the words are explained in `npm run ingest -- --help`).
 */
export function formatSummary(summary: IngestSummary, seconds: number): string {
  const lines: string[] = [];
  const sharded = summary.shard.count > 1;
  const rate = seconds > 0 ? summary.read / seconds : 0;
  lines.push(
    `Ingested ${summary.inputs} inputs in ${seconds.toFixed(1)} s ` +
      `(${rate.toFixed(rate < 10 ? 1 : 0)} articles/s; extractor ${summary.extractorMode} ${summary.extractorVersion}).`,
  );
  lines.push(
    `  articles: ${summary.written} written (${summary.replaced} of them replaced an older version), ` +
      `${summary.unchanged} unchanged, ${summary.duplicates} duplicates, ${summary.rejected.length} rejected ` +
      (sharded ? `, ${summary.otherShards} other shards' ` : '') +
      `= ${summary.written + summary.unchanged + summary.duplicates + summary.rejected.length + summary.otherShards} of ${summary.inputs} inputs`,
  );
  if (sharded)
    lines.push(
      `  shard ${summary.shard.index}/${summary.shard.count}: wrote this shard's articles; skipped ${summary.otherShards} ` +
        `as other shards' (read and analysed, not written)`,
    );
  if (summary.warnings > 0) lines.push(`  warnings: ${summary.warnings} (listed above as they happened)`);
  for (const kind of ['actors', 'places', 'events', 'claims'] as const) {
    lines.push(
      `  ${kind.padEnd(8)}: ${summary.counts.created[kind]} new, ${summary.counts.merged[kind]} merged into existing`,
    );
  }
  const t = summary.timings;
  lines.push(
    `  time: source ${secs(t.source)} s, mentions ${secs(t.mentions)} s, resolve ${secs(t.resolve)} s, facts ${secs(t.facts)} s, write ${secs(t.load)} s`,
  );
  const backbone = formatBackbone(summary);
  if (backbone) lines.push(backbone);
  if (summary.rejected.length > 0) {
    lines.push(`Rejected (${summary.rejected.length}):`);
    for (const r of summary.rejected) lines.push(`  ${r.file}: [${r.code}] ${r.reason}`);
  }
  return lines.join('\n');
}

function secs(ms: number): string {
  return (ms / 1000).toFixed(1);
}

/** The backbone's line of the summary: sentences read by CoreNLP, and those that fell back to the rules, by reason. */
export function formatBackbone(summary: IngestSummary): string | undefined {
  const b = summary.backbone;
  if (!b) return undefined;
  const fallen = Object.entries(b.fallbacks)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${reason} ${n}`);
  return (
    `  backbone: ${b.parsed} of ${b.sentences} sentences read by CoreNLP (${b.selected} needed it); ` +
    `fell back to the rules: ${fallen.length > 0 ? fallen.join(', ') : 'none'}`
  );
}
