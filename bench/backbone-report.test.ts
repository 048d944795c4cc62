import { describe, expect, it } from 'vitest';
import { backboneMarkdown, backboneTargets, eventsTarget } from './backbone-report.js';
import type { BackboneBench, BackboneModeRun } from './result-types.js';

const run = (stages: Partial<BackboneModeRun['stages']>): BackboneModeRun => ({
  articles: 10,
  written: 10,
  rejected: 0,
  wallMs: 10_000,
  articlesPerSecond: 1,
  cpuSecondsPerArticle: 0.1,
  jvmCpuSecondsPerArticle: 0,
  stages: { sourceMs: 1, extractMs: 10_000, resolveMs: 1, loadMs: 1, ...stages },
  peakRssBytes: { process: 1, corenlp: 0, total: 1 },
});

const bench = (rules: BackboneModeRun, backbone: BackboneModeRun): BackboneBench => ({
  files: 10,
  every: 4,
  threads: 2,
  concurrency: 2,
  annotators: 'tokenize',
  jvmStartMs: 1,
  rules,
  backbone,
  raw: { requests: 1, parseRequests: 1, wallMs: 1, articlesPerSecond: 1, cpuSecondsPerArticle: 0 },
  sentences: { total: 1, selected: 1, parsed: 1, fallbacks: {} },
  ratio: 1,
  overhead: 1,
  overheadWithoutWrites: 1,
});

const split = { mentionsMs: 6000, eventsMs: 1000, claimsMs: 3000 };

describe('the backbone report', () => {
  it('gives the split of extraction time in each mode', () => {
    const lines = backboneMarkdown(bench(run(split), run({ ...split, eventsMs: 3000, mentionsMs: 4000 })));
    expect(lines.filter((l) => l.startsWith('Extraction ('))).toEqual([
      expect.stringContaining('Extraction (rules mode), 10.0 s: names 6.0 s (60.0%), events 1.0 s (10.0%)'),
      expect.stringContaining(
        'Extraction (backbone mode), 10.0 s: names 4.0 s (40.0%), events 3.0 s (30.0%)',
      ),
    ]);
  });

  it('shows the cold-JVM backbone run apart from the warm one the ratios come from', () => {
    const lines = backboneMarkdown({
      ...bench(run({}), run({})),
      backboneCold: { ...run({}), wallMs: 30_000 },
    });
    expect(lines.filter((l) => l.startsWith('| backbone'))).toEqual([
      expect.stringMatching(/^\| backbone, cold JVM \(not in the ratios\) \| 1\.0 \| – \| 30\.0 \|/),
      expect.stringMatching(/^\| backbone, warm JVM \(process \+ CoreNLP\) \| 1\.0 \| – \| 10\.0 \|/),
    ]);
  });

  it('names the one backbone run plainly in results without a cold run', () => {
    const lines = backboneMarkdown(bench(run({}), run({})));
    expect(lines.filter((l) => l.startsWith('| backbone'))).toEqual([
      expect.stringMatching(/^\| backbone \(process \+ CoreNLP\) \|/),
    ]);
  });

  it('gives no split for results recorded before it', () => {
    expect(backboneMarkdown(bench(run({}), run({}))).some((l) => l.startsWith('Extraction ('))).toBe(false);
  });

  it("judges events' share of extraction against 20% in each mode", () => {
    const checks = backboneTargets(bench(run(split), run({ ...split, eventsMs: 3000 })));
    expect(checks.filter((c) => c.name.startsWith("Events' share")).map((c) => [c.measured, c.met])).toEqual([
      ['10.0%', true],
      ['30.0%', false],
    ]);
  });

  it('leaves the events target unjudged without a split', () => {
    expect(eventsTarget('rules mode, corpus', run({}).stages)).toMatchObject({
      measured: 'not measured',
      met: null,
    });
  });
});
