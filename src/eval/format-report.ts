import { prf, type Counts } from './counts.js';
import type { ArticleScore } from './score-article.js';
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
