import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../domain.js';
import type { SourceItem } from '../pipeline/source/index.js';
import { sampleGold } from '../../tests/fixtures/eval-graph.js';
import type { GoldArticle } from './gold.js';
import { readGoldArticles } from './read-gold-articles.js';

function doc(sourceFile: string, text: string): ArticleDoc {
  return { id: sourceFile, title: 'T', text, contentHash: 'h', sourceFile };
}

/** A fake source stage over a few files; a CSV file yields one item per row, named as the stage does. */
function fakeSources(files: Record<string, SourceItem[]>) {
  const calls: string[] = [];
  async function* readSources(paths: string[]): AsyncGenerator<SourceItem> {
    for (const file of paths) {
      calls.push(file);
      const items = files[file] ?? [
        { ok: false, file, code: 'SOURCE_UNREADABLE', reason: 'no such file' } as const,
      ];
      for (const item of items) yield await Promise.resolve(item);
    }
  }
  return { calls, readSources: (paths: string[]) => readSources(paths) };
}

function ok(file: string, text: string): SourceItem {
  return { ok: true, file, article: doc(file, text), warnings: [] };
}

function gold(overrides: Partial<GoldArticle>): GoldArticle {
  return sampleGold({ actors: [], places: [], events: [], claims: [], ...overrides });
}

describe('readGoldArticles', () => {
  const csv = '/corpus/ag-news/test.csv';
  const sources = () =>
    fakeSources({
      '/seeds/a1.txt': [ok('/seeds/a1.txt', 'seed text')],
      '/corpus/bbc-news/tech/012.txt': [ok('/corpus/bbc-news/tech/012.txt', 'bbc text')],
      [csv]: [
        ok(`${csv}#row-1`, 'row one'),
        { ok: false, file: `${csv}#row-2`, code: 'SOURCE_REJECTED', reason: 'too short' },
        ok(`${csv}#row-3`, 'row three'),
        ok(`${csv}#row-17`, 'row seventeen'),
      ],
    });
  const dirs = { articleDir: '/seeds', corpusDir: '/corpus' };

  it.each<[string, Partial<GoldArticle>, string]>([
    ['a seed by its article field', { article: 'a1.txt' }, 'seed text'],
    ['a corpus file by its source', { source: { corpus: 'bbc-news', path: 'tech/012.txt' } }, 'bbc text'],
    [
      'a CSV record by its row number',
      { source: { corpus: 'ag-news', path: 'test.csv', row: 17 } },
      'row seventeen',
    ],
  ])('reads %s through the source stage', async (_case, fields, text) => {
    const fake = sources();
    const [result] = await readGoldArticles([gold(fields)], { ...dirs, readSources: fake.readSources });
    expect(result?.article?.text).toBe(text);
  });

  it('streams a CSV file once for all the rows asked of it, and says which rows are missing or rejected', async () => {
    const fake = sources();
    const rows = [3, 1, 2, 99].map((row) => gold({ source: { corpus: 'ag-news', path: 'test.csv', row } }));
    const results = await readGoldArticles(rows, { ...dirs, readSources: fake.readSources });
    expect(fake.calls).toEqual([csv]);
    expect(results.map((r) => r.article?.text ?? ('problem' in r ? r.problem : ''))).toEqual([
      'row three',
      'row one',
      `${csv} row 2 rejected: too short`,
      `${csv} has no row 99 (or the file could not be read)`,
    ]);
  });

  it('reports a file that cannot be read', async () => {
    const fake = sources();
    const [result] = await readGoldArticles([gold({ source: { corpus: 'bbc-news', path: 'x/1.txt' } })], {
      ...dirs,
      readSources: fake.readSources,
    });
    expect(result?.article).toBeUndefined();
    expect(result && 'problem' in result ? result.problem : '').toMatch(/unreadable: no such file/);
  });
});
