import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../domain.js';
import { AppError } from '../errors.js';
import { evaluate } from './evaluate.js';
import { graphOf, perfectSpec, sampleGold } from '../../tests/fixtures/eval-graph.js';

const article: ArticleDoc = {
  id: 'a1',
  title: 'T',
  text: 'ISIS destroyed the Temple of Bel. Syrian forces recaptured Palmyra.',
  contentHash: 'h',
  sourceFile: 'seeds/a1.txt',
};

function deps(extract: () => ReturnType<typeof graphOf>) {
  const warnings: string[] = [];
  const read: string[] = [];
  return {
    warnings,
    read,
    deps: {
      readArticle: (file: string) => {
        read.push(file);
        return Promise.resolve(article);
      },
      extract,
      warn: (message: string) => warnings.push(message),
    },
  };
}

describe('evaluate', () => {
  it('reads the seed the gold file names and scores the extraction', async () => {
    const run = deps(() => graphOf(perfectSpec()));
    const gold = sampleGold({ actors: sampleGold().actors.slice(0, 2), claims: [] });
    gold.events = [gold.events[1]!];
    const score = await evaluate([gold], 'seeds', run.deps);
    expect(run.read).toEqual(['seeds/a1.txt']);
    expect(score.total.events).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('scores an article whose extraction throws as empty and warns', async () => {
    const run = deps(() => {
      throw new Error('boom');
    });
    const score = await evaluate([sampleGold()], 'seeds', run.deps);
    expect(score.total.entities).toEqual({ tp: 0, fp: 0, fn: 7 });
    expect(run.warnings.some((w) => w.includes('extraction failed, scored as empty: boom'))).toBe(true);
  });

  it('warns about gold strings the source stage no longer has', async () => {
    const run = deps(() => graphOf({}));
    await evaluate([sampleGold()], 'seeds', run.deps);
    expect(run.warnings).toContain(
      'a1.txt: actor "Russia" surface: "Russian" does not occur in the article text (after the source stage)',
    );
  });

  it('stops on a missing seed', async () => {
    const run = deps(() => graphOf({}));
    run.deps.readArticle = () => Promise.reject(new AppError('SOURCE_UNREADABLE', 'missing'));
    await expect(evaluate([sampleGold()], 'seeds', run.deps)).rejects.toThrow('missing');
  });
});
