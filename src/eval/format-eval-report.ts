import type { EvalReport, ModeReport, SetReport } from './build-eval-report.js';
import { MEASURES, TOPIC_MEASURES } from './measures.js';
import { markdownTable, ratio, textTable } from './text-table.js';

type Table = (header: readonly string[], rows: readonly (readonly string[])[], left?: number) => string;

function ran(report: EvalReport): ModeReport[] {
  return report.modes.filter((m) => m.available);
}

function cell(set: SetReport, mode: string, id: string, withBasis: boolean): string {
  const value = set.results[mode]?.measures[id];
  if (value === undefined) return '–';
  return withBasis ? `${ratio(value.value)} (${value.basis})` : ratio(value.value);
}

/** The set's measures, one line per measure, one column per mode that ran, then the target. */
export function measureTable(report: EvalReport, set: SetReport, table: Table = textTable): string {
  const modes = ran(report);
  let group = '';
  const rows = MEASURES.map((m) => {
    const first = m.group !== group;
    group = m.group;
    return [
      first ? m.group : '',
      m.label,
      ...modes.map((mode) => cell(set, mode.name, m.id, true)),
      m.target === undefined ? '' : `≥ ${m.target.toFixed(2)}`,
    ];
  });
  return table(['kind', 'measure', ...modes.map((m) => m.name), 'target'], rows, 2);
}

/** One line per topic of the set, the short figures of `TOPIC_MEASURES`, for one mode. */
export function topicTable(set: SetReport, mode: string, table: Table = textTable): string {
  const byTopic = set.results[mode]?.byTopic ?? {};
  const rows = Object.entries(byTopic).map(([topic, score]) => [
    topic,
    String(score.articles),
    ...TOPIC_MEASURES.map((t) => ratio(score.measures[t.id]?.value ?? null)),
  ]);
  return table(['topic', 'articles', ...TOPIC_MEASURES.map((t) => t.header)], rows);
}

function mb(value: number): string {
  return value.toFixed(0);
}

/** One line per mode: articles, setup, articles/s, CPU s per article, peak RSS. */
export function speedTable(report: EvalReport, table: Table = textTable): string {
  const rows = ran(report).map((mode) => {
    const s = mode.speed;
    if (s === undefined) return [mode.name];
    const rss = s.peakRssMb;
    return [
      mode.name,
      String(s.articles),
      s.setupSeconds.toFixed(1),
      s.articlesPerSecond === null ? '–' : s.articlesPerSecond.toFixed(1),
      s.cpuSecondsPerArticle === null ? '–' : s.cpuSecondsPerArticle.toFixed(3),
      `${mb(rss.total)} (${mb(rss.process)} + ${mb(rss.children)})`,
    ];
  });
  return table(
    ['mode', 'articles', 'setup s', 'articles/s', 'CPU s/article', 'peak RSS MB (process + children)'],
    rows,
  );
}

/** `parsed 120, fallbacks.timeout 2`: a mode's numeric counters, flattened, for one line. */
export function statsLine(stats: unknown, prefix = ''): string {
  if (typeof stats === 'number') return `${prefix} ${stats}`;
  if (typeof stats !== 'object' || stats === null) return '';
  return Object.entries(stats as Record<string, unknown>)
    .map(([key, value]) => statsLine(value, prefix === '' ? key : `${prefix}.${key}`))
    .filter((part) => part !== '')
    .join(', ');
}

function statsLines(report: EvalReport): string[] {
  return ran(report).flatMap((mode) => {
    const line = statsLine(mode.stats);
    return line === '' ? [] : [`${mode.name} counters: ${line}`];
  });
}

function setTitle(set: SetReport): string {
  const held = set.heldOut ? ', held out: never tune on it; aggregates only' : '';
  if (set.empty !== undefined) return `${set.name}${held}: ${set.empty}`;
  const topics = Object.entries(set.topics)
    .map(([topic, n]) => `${topic} ${n}`)
    .join(', ');
  return `${set.name}${held}: ${set.articles} article(s) in ${set.dir} (${topics})`;
}

function modesLine(report: EvalReport): string {
  return report.modes
    .map((m) =>
      m.available ? `${m.name} (extractor ${m.version ?? '?'})` : `${m.name} not run: ${m.note ?? ''}`,
    )
    .join('; ');
}

function skippedLines(set: SetReport): string[] {
  return set.skipped.map((s) => `  skipped ${s.file}: ${s.reason.split('\n')[0] ?? ''}`);
}

/** The terminal report: per set the measures by mode and the per-topic figures, then the speeds. */
export function formatEvalReport(report: EvalReport): string {
  const parts = [`Modes: ${modesLine(report)}`];
  for (const set of report.sets) {
    parts.push('', `== ${setTitle(set)}`);
    parts.push(...skippedLines(set));
    if (set.articles === 0) continue;
    parts.push(measureTable(report, set));
    for (const mode of ran(report)) {
      parts.push('', `Per topic, ${mode.name}:`, topicTable(set, mode.name));
    }
  }
  parts.push(
    '',
    'Speed (inside the extraction calls, over all sets; CPU and memory of this process plus the mode’s child processes (the CoreNLP server)):',
    speedTable(report),
    ...statsLines(report),
  );
  return parts.join('\n');
}

/** The same tables as Markdown, for docs/quality.md, headed by the command and date that made them. */
export function formatEvalMarkdown(report: EvalReport): string {
  const parts = [
    '## Extraction quality (`npm run eval`)',
    '',
    `Produced by \`${report.command}\` on ${report.generatedAt.slice(0, 10)}. Modes: ${modesLine(report)}.`,
    'Each cell is the value and its basis (right / counted). Matching rules: `tests/gold/README.md`.',
  ];
  for (const set of report.sets) {
    parts.push('', `### ${setTitle(set)}`);
    if (set.skipped.length > 0)
      parts.push('', ...set.skipped.map((s) => `- skipped \`${s.file}\`: ${s.reason.split('\n')[0] ?? ''}`));
    if (set.articles === 0) continue;
    parts.push('', measureTable(report, set, markdownTable));
    for (const mode of ran(report)) {
      parts.push('', `Per topic, ${mode.name}:`, '', topicTable(set, mode.name, markdownTable));
    }
  }
  parts.push(
    '',
    '### Speed',
    '',
    'Inside the extraction calls, over all sets; CPU and memory of this process plus the mode’s child processes (the CoreNLP server). Speed targets are checked by `npm run bench`, not here.',
    '',
    speedTable(report, markdownTable),
    ...statsLines(report).flatMap((line) => ['', line]),
  );
  return `${parts.join('\n')}\n`;
}
