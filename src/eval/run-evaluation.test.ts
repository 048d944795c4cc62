import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../domain.js';
import { buildEvalReport } from './build-eval-report.js';
import type { OpenedMode } from './extractor-modes.js';
import { graphOf, perfectSpec, sampleGold } from '../../tests/fixtures/eval-graph.js';
import { formatEvalMarkdown, formatEvalReport, statsLine } from './format-eval-report.js';
import type { LoadedGoldSet } from './gold-sets.js';
import { createResourceMeter } from './resource-meter.js';
import { runEvaluation } from './run-evaluation.js';

const article: ArticleDoc = {
  id: 'a1',
  title: 'T',
  text: 'A sentence.',
  contentHash: 'h',
  sourceFile: 'a1.txt',
};

function set(name: string, heldOut: boolean, topic?: 'politics' | 'sport'): LoadedGoldSet {
  const gold = sampleGold(topic === undefined ? {} : { topic });
  return {
    spec: { name, dir: `gold/${name}`, articleDir: 'x', heldOut },
    pairs: [{ gold, article }],
    skipped: [],
    warnings: [],
  };
}

function opener(extracted: string[]): (name: string) => Promise<OpenedMode> {
  return (name) =>
    Promise.resolve(
      name === 'backbone'
        ? { ok: false, name, reason: 'not built yet' }
        : {
            ok: true,
            mode: {
              name,
              version: '0.2.0',
              extract: (a: ArticleDoc) => {
                extracted.push(a.id);
                return Promise.resolve(graphOf(perfectSpec()));
              },
              processIds: () => [],
              close: () => Promise.resolve(),
            },
          },
    );
}

async function report() {
  const extracted: string[] = [];
  const sets = [set('dev', false, 'sport'), set('heldout', true, 'politics')];
  const results = await runEvaluation(['rules', 'backbone'], sets, {
    openMode: opener(extracted),
    createMeter: (deps) => createResourceMeter({ ...deps, readProc: () => undefined }),
    now: () => performance.now(),
    warn: () => {},
  });
  const built = buildEvalReport({
    generatedAt: '2026-01-02T03:04:05.000Z',
    command: 'npm run eval',
    corpusDir: '../shared/corpus',
    sets,
    results: results.results,
    unavailable: results.unavailable,
  });
  return { extracted, built };
}

describe('runEvaluation and its report', () => {
  it('warms each mode up once, then extracts every article of every set', async () => {
    const { extracted } = await report();
    expect(extracted).toEqual(['warm-up', 'a1', 'a1']);
  });

  it('reports a mode that cannot be opened, with the reason, and the speed of the one that ran', async () => {
    const { built } = await report();
    expect(built.modes.map((m) => [m.name, m.available, m.note])).toEqual([
      ['rules', true, undefined],
      ['backbone', false, 'not built yet'],
    ]);
    expect(built.modes[0]?.speed?.articles).toBe(2);
  });

  it('gives measures per set and per topic, and per-article errors only outside the held-out set', async () => {
    const { built } = await report();
    const [dev, heldout] = built.sets;
    expect(dev?.results.rules?.measures['claims.recall']).toEqual({ value: 1, basis: '2/2' });
    expect(Object.keys(dev?.results.rules?.byTopic ?? {})).toEqual(['sport']);
    expect(dev?.results.rules?.perArticle).toHaveLength(1);
    expect(heldout?.results.rules?.perArticle).toBeUndefined();
    expect(heldout?.results.rules?.rows.claims).toEqual({
      tp: 2,
      fp: 0,
      fn: 0,
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });

  it('prints a table per set with the mode columns and the targets, and says why a mode did not run', async () => {
    const { built } = await report();
    const text = formatEvalReport(built);
    expect(text).toContain('backbone not run: not built yet');
    expect(text).toMatch(/kind\s+\| measure\s+\|\s+rules \| target/);
    expect(text).toMatch(/claims \| precision \(claimant \+ text\)\s+\|\s+1\.000 \(2\/2\) \|/);
    expect(text).toContain('heldout, held out: never tune on it');
    const markdown = formatEvalMarkdown(built);
    expect(markdown).toContain('Produced by `npm run eval` on 2026-01-02');
    expect(markdown).toContain('| kind | measure | rules | target |');
  });
});

describe('statsLine', () => {
  it.each<[unknown, string]>([
    [
      { parsed: 120, fallbacks: { timeout: 2, tooLong: 0 } },
      'parsed 120, fallbacks.timeout 2, fallbacks.tooLong 0',
    ],
    [undefined, ''],
    [{ note: 'text is left out' }, ''],
  ])('flattens %j', (stats, line) => {
    expect(statsLine(stats)).toBe(line);
  });
});
