import { describe, expect, it } from 'vitest';
import { graphOf } from '../../tests/fixtures/eval-graph.js';
import type { ArticleDoc } from '../domain.js';
import { openExtractorMode, type ExtractStage, type NlpServiceLike } from './extractor-modes.js';

const article: ArticleDoc = {
  id: 'a1',
  title: 'T',
  text: 'A sentence.',
  contentHash: 'h',
  sourceFile: 'a1.txt',
};

function named(name: string) {
  return graphOf({ actors: [{ name, type: 'PERSON' }] });
}

function stage(parts: Partial<ExtractStage> = {}): ExtractStage {
  return { extractArticle: () => named('rules-only'), EXTRACTOR_VERSION: '9.9.9', ...parts };
}

/** A fake pipeline with createExtractor and connectNlp that records what it was asked. */
function backbonePipeline(nlp: Partial<NlpServiceLike> = {}) {
  const asked: { mode: string; nlp?: unknown }[] = [];
  let closed = 0;
  const pipeline = stage({
    createExtractor: (options) => {
      asked.push(options);
      return {
        extractArticle: () => Promise.resolve(named(`from-${options.mode}`)),
        stats: () => ({ parsed: 3, fallbacks: { timeout: 1 } }),
      };
    },
    connectNlp: () =>
      Promise.resolve({
        client: 'the-client',
        pids: () => [4242, 4243],
        close: () => {
          closed += 1;
          return Promise.resolve();
        },
        ...nlp,
      }),
  });
  return { pipeline, asked, closed: () => closed };
}

describe('openExtractorMode', () => {
  it('opens the rules through analyseArticle when the pipeline has no createExtractor', async () => {
    const opened = await openExtractorMode('rules', stage());
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.mode.version).toBe('9.9.9');
    expect((await opened.mode.extract(article)).actors[0]?.name).toBe('rules-only');
    expect(opened.mode.processIds()).toEqual([]);
  });

  it('reports the backbone unavailable, with the reason, when the pipeline has none', async () => {
    const opened = await openExtractorMode('backbone', stage());
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.reason).toContain('no backbone yet');
  });

  it('opens the rules through createExtractor({ mode: "rules" }) when there is one, without servers', async () => {
    const fake = backbonePipeline();
    const opened = await openExtractorMode('rules', fake.pipeline);
    if (!opened.ok) throw new Error(opened.reason);
    expect(fake.asked).toEqual([{ mode: 'rules' }]);
    expect((await opened.mode.extract(article)).actors[0]?.name).toBe('from-rules');
  });

  it('opens the backbone on the connected servers: their client, their pids, their close, the counters', async () => {
    const fake = backbonePipeline();
    const opened = await openExtractorMode('backbone', fake.pipeline);
    if (!opened.ok) throw new Error(opened.reason);
    expect(fake.asked).toEqual([{ mode: 'backbone', nlp: 'the-client' }]);
    expect((await opened.mode.extract(article)).actors[0]?.name).toBe('from-backbone');
    expect(opened.mode.processIds()).toEqual([4242, 4243]);
    expect(opened.mode.stats?.()).toEqual({ parsed: 3, fallbacks: { timeout: 1 } });
    await opened.mode.close();
    expect(fake.closed()).toBe(1);
  });

  it('reports servers that cannot start, with their message', async () => {
    const fake = backbonePipeline();
    const opened = await openExtractorMode('backbone', {
      ...fake.pipeline,
      connectNlp: () => Promise.reject(new Error('CoreNLP did not start: port 9000 in use')),
    });
    expect(opened).toEqual({
      ok: false,
      name: 'backbone',
      reason: 'CoreNLP did not start: port 9000 in use',
    });
  });

  it('closes the servers when the extractor cannot be made on them', async () => {
    const fake = backbonePipeline();
    const opened = await openExtractorMode('backbone', {
      ...fake.pipeline,
      createExtractor: () => {
        throw new Error('no models');
      },
    });
    expect(opened.ok).toBe(false);
    expect(fake.closed()).toBe(1);
  });
});
