import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../domain.js';
import { AppError } from '../errors.js';
import { analyseArticle, createResolveState, emptyStageTimings, EXTRACTOR_VERSION } from './stages.js';
import { loadGazetteer } from '../knowledge/index.js';

const TEXT = [
  'Rebels Lose Ground Near Aleppo',
  'Syrian government forces backed by Russian airstrikes retook the town of Kessab on Sunday, the Brennick Observatory for Coastal Studies (BOCS) said.',
  '“The town is fully cleared,” said Syrian President Halim al-Farouk in a statement relayed to the state news agency SANA.',
  'Farouk thanked the Russian Defense Ministry. The U.S. State Department said ISIL fighters had fled towards Raqqa.',
].join('\n');

function doc(text = TEXT, id = 'art_x'): ArticleDoc {
  return { id, title: 'Test', text, contentHash: 'h', sourceFile: `${id}.txt` };
}

// The GeoNames index takes a few seconds to build; build it once, outside any test's time limit.
beforeAll(() => {
  loadGazetteer();
}, 60_000);

describe('analyseArticle', () => {
  it('splits the time of facts into finding events and finding claims', () => {
    const timings = emptyStageTimings();
    analyseArticle(doc(), { timings });
    expect(timings.events).toBeGreaterThan(0);
    expect(timings.claims).toBeGreaterThan(0);
    expect(timings.events + timings.claims).toBeLessThanOrEqual(timings.facts);
  });

  it('gives deep-equal output when run twice on the same article', () => {
    const first = analyseArticle(doc(), { resolveState: createResolveState() });
    const second = analyseArticle(doc(), { resolveState: createResolveState() });
    expect(second).toEqual(first);
    expect(first.actors.length).toBeGreaterThan(3);
  });

  it('stamps every fact with its extractor and version', () => {
    const graph = analyseArticle(doc());
    const facts = [
      ...graph.actors,
      ...graph.places,
      ...graph.mentions.map((m) => m.evidence),
      ...graph.events,
      ...graph.eventReports.map((r) => r.evidence),
      ...graph.claims,
      ...graph.claimReports.map((r) => r.evidence),
    ];
    for (const fact of facts) {
      expect(fact.extractorVersion).toBe(EXTRACTOR_VERSION);
      expect(fact.extractor).toMatch(/^[a-z+]+\/[a-z]+$/);
    }
  });

  it('links every mention to an actor or place of the graph, with exact offsets', () => {
    const article = doc();
    const graph = analyseArticle(article);
    const ids = new Set([...graph.actors, ...graph.places].map((e) => e.id));
    for (const mention of graph.mentions) {
      expect(ids.has(mention.entityId), mention.entityId).toBe(true);
      expect(article.text.slice(mention.evidence.start, mention.evidence.end)).toBe(mention.surface);
    }
  });

  it('uses a semver version', () => {
    expect(EXTRACTOR_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('reports a failure as EXTRACT_FAILED naming the article', () => {
    const broken = { ...doc(), text: undefined } as unknown as ArticleDoc;
    expect(() => analyseArticle(broken)).toThrow(AppError);
    try {
      analyseArticle(broken);
    } catch (error) {
      expect((error as AppError).code).toBe('EXTRACT_FAILED');
      expect((error as AppError).message).toContain('art_x');
    }
  });
});
