import { prf, type Counts, type Prf } from './counts.js';
import type { ArticleScore, CorpusScore } from './score-article.js';
import { ROWS, type RowKey } from './score-types.js';
import { ratio, textTable } from './text-table.js';

function pct(value: number | null): string {
  return ratio(value);
}

const table = textTable;

/** The table `kind | P | R | F1 | tp/fp/fn` over all rows of one set of counts. */
export function formatCountsTable(counts: Record<RowKey, Counts>): string {
  return table(
    ['kind', 'P', 'R', 'F1', 'tp/fp/fn'],
    ROWS.map((row) => {
      const c = counts[row];
      const s = prf(c);
      return [row, pct(s.precision), pct(s.recall), pct(s.f1), `${c.tp}/${c.fp}/${c.fn}`];
    }),
  );
}

/** Short column labels for articles: the part before the first "_" ("001"), when those are unique. */
function articleLabels(articles: readonly ArticleScore[]): string[] {
  const short = articles.map((a) => a.article.replace(/\.[^.]+$/, '').split('_')[0] ?? a.article);
  return new Set(short).size === short.length ? short : articles.map((a) => a.article);
}

/** One line per row, one F1 column per article, then the micro-averaged F1. */
export function formatArticleMatrix(
  articles: readonly ArticleScore[],
  total: Record<RowKey, Counts>,
): string {
  return table(
    ['F1 by article', ...articleLabels(articles), 'all'],
    ROWS.map((row) => [row, ...articles.map((a) => pct(prf(a.counts[row]).f1)), pct(prf(total[row]).f1)]),
  );
}

/** Rows whose errors the verbose listing leaves out: they repeat the stricter row's (the JSON has them). */
const REPEATING_ROWS: ReadonlySet<RowKey> = new Set(['entities-any-type', 'events-type-place']);

/** The errors of one article, grouped by row (for `--verbose`). */
export function formatIssues(article: ArticleScore): string {
  const lines = [`## ${article.article}`];
  for (const row of ROWS) {
    if (REPEATING_ROWS.has(row)) continue;
    const issues = article.issues.filter((i) => i.row === row);
    if (issues.length === 0) continue;
    lines.push(`  ${row}:`);
    for (const issue of issues) lines.push(`    ${issue.kind.padEnd(5)} ${issue.text}`);
  }
  if (lines.length === 1) lines.push('  (no errors)');
  return lines.join('\n');
}

/**
 * The whole text report: micro-averaged table, per-article F1 matrix, and with `verbose` the errors of
 * each article (those of the relaxed rows `entities-any-type` and `events-type-place` are left out: they
 * repeat the strict rows').
 */
export function formatReport(score: CorpusScore, verbose: boolean): string {
  const parts = [
    `Micro-averaged over ${score.articles.length} article(s):`,
    formatCountsTable(score.total),
    '',
    formatArticleMatrix(score.articles, score.total),
  ];
  if (verbose) {
    parts.push(
      '',
      'Errors (FP = predicted, not in gold; FN = in gold, missed; WRONG = matched, attribute wrong):',
    );
    for (const article of score.articles) parts.push(formatIssues(article));
  }
  return parts.join('\n');
}

type RowJson = Counts & Prf;

/** The report as plain JSON (for `--json`). */
export function reportJson(score: CorpusScore): {
  total: Record<RowKey, RowJson>;
  articles: { article: string; rows: Record<RowKey, RowJson>; issues: ArticleScore['issues'] }[];
} {
  const rows = (counts: Record<RowKey, Counts>): Record<RowKey, RowJson> =>
    Object.fromEntries(ROWS.map((row) => [row, { ...counts[row], ...prf(counts[row]) }])) as Record<
      RowKey,
      RowJson
    >;
  return {
    total: rows(score.total),
    articles: score.articles.map((a) => ({ article: a.article, rows: rows(a.counts), issues: a.issues })),
  };
}
