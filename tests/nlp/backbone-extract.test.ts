/**
 * The backbone extractor on a real CoreNLP server: actor types from NER and context, speakers from the
 * dependency parse (named, pronoun, noun phrase), relays, claims of responsibility, and claim spans.
 * Sentences are written for these tests (the shapes of issue 15), not taken from a tuned article.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleDoc, ArticleGraph } from '../../src/domain.js';
import { testNlpPool } from '../support/test-nlp.js';
import { createExtractor } from '../../src/pipeline/stages.js';

const nlp = testNlpPool();
afterAll(() => nlp.close());
const backbone = createExtractor({ mode: 'backbone', nlp });

function doc(text: string): ArticleDoc {
  return {
    id: `t-${text.length}-${text.slice(0, 8)}`,
    title: 'Test',
    text,
    contentHash: 'x',
    sourceFile: 'test.txt',
  };
}

function claimsOf(
  graph: ArticleGraph,
): { claimant: string; text: string; kind: string; relayedBy: string[] }[] {
  const name = new Map(graph.actors.map((a) => [a.id, a.name]));
  return graph.claims.map((c) => ({
    claimant: name.get(c.claimantId) ?? c.claimantId,
    text: c.text,
    kind: c.kind,
    relayedBy: c.relayedByIds.map((id) => name.get(id) ?? id),
  }));
}

describe('the backbone extractor', () => {
  it.each([
    [
      'Qantas Airways chief Geoff Dixon met Goldman Sachs bankers in Sydney on Monday.',
      'Geoff Dixon',
      'PERSON',
    ],
    ['Microsoft founder Bill Gates gave the money to the charity.', 'Bill Gates', 'PERSON'],
    [
      'Fly-half Charlie Hodgson kicked three penalties for England in the match.',
      'Charlie Hodgson',
      'PERSON',
    ],
  ])('names and types the actor in %j', async (text, name, type) => {
    const graph = await backbone.extractArticle(doc(text));
    expect(graph.actors.find((a) => a.name === name)?.type).toBe(type);
  });

  it('gives a claim introduced by "the firm said" to the company named before', async () => {
    const graph = await backbone.extractArticle(
      doc(
        'Shares in Rio Tinto Group rose on Monday. The Australian firm said it would cut 200 jobs in the new year.',
      ),
    );
    expect(claimsOf(graph)).toContainEqual(
      expect.objectContaining({ claimant: 'Rio Tinto Group', text: 'it would cut 200 jobs in the new year' }),
    );
  });

  it('gives "he said" to the man who was speaking, not to the last person named', async () => {
    const graph = await backbone.extractArticle(
      doc(
        'Manager Alan Curbishley said the team had played well. He praised striker Jerome Thomas. "We deserved the three points," he said.',
      ),
    );
    const claims = claimsOf(graph);
    expect(claims).toContainEqual(
      expect.objectContaining({ claimant: 'Alan Curbishley', text: 'We deserved the three points' }),
    );
    // A praised person is the object of a speech act with no content: no claim, and no speaker.
    expect(claims.map((c) => c.text)).not.toContain('striker Jerome Thomas');
    expect(claims.map((c) => c.claimant)).not.toContain('Jerome Thomas');
  });

  it('keeps the outlet that was told as the relay, not as the claimant', async () => {
    const graph = await backbone.extractArticle(
      doc('Foreign Minister Sergei Lavrov told Reuters that the talks would resume next week.'),
    );
    expect(claimsOf(graph)).toContainEqual(
      expect.objectContaining({
        claimant: 'Sergei Lavrov',
        text: 'the talks would resume next week',
        relayedBy: ['Reuters'],
      }),
    );
  });

  it('stops the claim before a second clause with its own speaker', async () => {
    const graph = await backbone.extractArticle(
      doc(
        'Prime Minister Tony Blair says taxes will not rise, while Gordon Brown says he will not promise that.',
      ),
    );
    const blair = claimsOf(graph).find((c) => c.claimant === 'Tony Blair');
    expect(blair?.text).toBe('taxes will not rise');
  });

  it('records a claim of responsibility as its own kind', async () => {
    const graph = await backbone.extractArticle(
      doc(
        'Two bombs exploded in Baghdad on Sunday. The Islamic State group claimed responsibility for the attacks.',
      ),
    );
    expect(claimsOf(graph)).toContainEqual(
      expect.objectContaining({ kind: 'RESPONSIBILITY', text: 'responsibility for the attacks' }),
    );
  });

  it('counts the sentences it parsed and those that fell back', async () => {
    const extractor = createExtractor({ mode: 'backbone', nlp });
    await extractor.extractArticle(
      doc(`The minister said the plan would work. He said the list ran to ${'items, '.repeat(120)}and more.`),
    );
    const stats = extractor.stats();
    expect(stats.parsed).toBe(1);
    expect(stats.fallbacks['too-long']).toBe(1);
  });
});
