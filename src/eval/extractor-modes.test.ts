import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../domain.js';
import { openExtractorMode, type ExtractStage } from './extractor-modes.js';
import { graphOf } from '../../tests/fixtures/eval-graph.js';

const article: ArticleDoc = {
  id: 'a1',
  title: 'T',
  text: 'A sentence.',
  contentHash: 'h',
  sourceFile: 'a1.txt',
};

function stage(createExtractor?: ExtractStage['createExtractor']): ExtractStage {
  return {
    extractArticle: () => graphOf({ actors: [{ name: 'rules-only', type: 'PERSON' }] }),
    EXTRACTOR_VERSION: '9.9.9',
    ...(createExtractor === undefined ? {} : { createExtractor }),
  };
}

describe('openExtractorMode', () => {
  it('opens the rules mode through extractArticle when the stage has no createExtractor', async () => {
    const opened = await openExtractorMode('rules', stage());
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.mode.version).toBe('9.9.9');
    expect((await opened.mode.extract(article)).actors[0]?.name).toBe('rules-only');
    expect(opened.mode.processIds()).toEqual([]);
  });

  it('reports the backbone unavailable, with the reason, when the stage has no createExtractor', async () => {
    const opened = await openExtractorMode('backbone', stage());
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.reason).toContain('createExtractor');
  });

  it('uses createExtractor({ mode }) when there is one, with its version, processes and close', async () => {
    const asked: string[] = [];
    let closed = false;
    const opened = await openExtractorMode(
      'backbone',
      stage(({ mode }) => {
        asked.push(mode);
        return Promise.resolve({
          version: '1.0.0-nlp',
          extract: () => Promise.resolve(graphOf({ actors: [{ name: 'from-backbone', type: 'PERSON' }] })),
          processIds: () => [4242],
          close: () => {
            closed = true;
          },
        });
      }),
    );
    if (!opened.ok) throw new Error(opened.reason);
    expect(asked).toEqual(['backbone']);
    expect(opened.mode.version).toBe('1.0.0-nlp');
    expect((await opened.mode.extract(article)).actors[0]?.name).toBe('from-backbone');
    expect(opened.mode.processIds()).toEqual([4242]);
    await opened.mode.close();
    expect(closed).toBe(true);
  });

  it('reports a backbone that fails to start, with its message', async () => {
    const opened = await openExtractorMode(
      'backbone',
      stage(() => Promise.reject(new Error('CoreNLP did not start: port 9000 in use'))),
    );
    expect(opened).toEqual({
      ok: false,
      name: 'backbone',
      reason: 'CoreNLP did not start: port 9000 in use',
    });
  });
});
