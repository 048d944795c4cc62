import { describe, expect, it } from 'vitest';
import { formatArticleMatrix, formatCountsTable, formatIssues } from './format-report.js';
import type { CorpusScore } from './score-article.js';
import { ROWS, type RowCounts } from './score-types.js';

function counts(entities: { tp: number; fp: number; fn: number }): RowCounts {
  const zero = Object.fromEntries(ROWS.map((row) => [row, { tp: 0, fp: 0, fn: 0 }])) as RowCounts;
  return { ...zero, entities };
}

const score: CorpusScore = {
  articles: [
    {
      article: '001_abc.txt',
      counts: counts({ tp: 3, fp: 1, fn: 1 }),
      means: { 'claim-span-overlap': { sum: 0, n: 0 } },
      issues: [
        { row: 'entities', kind: 'FN', text: 'actor Syrian Army (MILITARY)' },
        { row: 'entities-any-type', kind: 'FN', text: 'actor Syrian Army (MILITARY)' },
      ],
    },
  ],
  total: counts({ tp: 3, fp: 1, fn: 1 }),
  means: { 'claim-span-overlap': { sum: 0, n: 0 } },
};

describe('formatCountsTable', () => {
  it('prints kind, P, R, F1 and tp/fp/fn for every row, "–" where undefined', () => {
    const lines = formatCountsTable(score.total).split('\n');
    expect(lines[0]).toMatch(/^kind\s+\|\s+P \|\s+R \|\s+F1 \| tp\/fp\/fn$/);
    expect(lines.find((l) => l.startsWith('entities '))).toMatch(
      /^entities\s+\| 0\.750 \| 0\.750 \| 0\.750 \|\s+3\/1\/1$/,
    );
    expect(lines.find((l) => l.startsWith('claims '))).toMatch(
      /^claims\s+\|\s+– \|\s+– \|\s+– \|\s+0\/0\/0$/,
    );
    expect(lines).toHaveLength(2 + ROWS.length);
  });
});

describe('formatArticleMatrix and formatIssues', () => {
  it("label article columns by their number, and list each row's errors once", () => {
    expect(formatArticleMatrix(score.articles, score.total)).toMatch(/F1 by article\s+\|\s+001 \|\s+all/);
    const issues = formatIssues(score.articles[0]!);
    expect(issues).toContain('## 001_abc.txt');
    // The relaxed row repeats the strict row's errors, so it is listed once.
    expect(issues.match(/actor Syrian Army/g)).toHaveLength(1);
  });
});
