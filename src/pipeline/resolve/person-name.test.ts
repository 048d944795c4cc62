import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/index.js';
import { withoutTitles } from './person-name.js';
import { resolveArticle } from './resolve-article.js';
import { testMention } from './test-mention.js';

describe('withoutTitles', () => {
  const knowledge = loadKnowledge();
  it.each([
    ['Mr Quillon', 'Quillon'],
    ['Dr. Marta Quillon', 'Marta Quillon'],
    ['Baroness Marta Quillon', 'Marta Quillon'],
    ['Marta Quillon', 'Marta Quillon'],
    ['Mr', 'Mr'],
  ])('reads "%s" as "%s"', (name, expected) => {
    expect(withoutTitles(name, knowledge)).toBe(expected);
  });
});

describe('resolveArticle with titled person names', () => {
  it('merges "Mr Quillon" into the Marta Quillon named in full', () => {
    const mentions = [
      testMention('Marta Quillon', 'ACTOR', 'PERSON', 0),
      testMention('Mr Quillon', 'ACTOR', 'PERSON', 1),
      testMention('Quillon', 'ACTOR', 'PERSON', 2),
    ];
    const article = { id: 'art_test', title: 'T', text: '', contentHash: 'h', sourceFile: 't.txt' };
    const result = resolveArticle(article, mentions, {
      extractorVersion: '9.9.9',
      extractor: 'rules/entities',
    });
    expect(result.actors.map((a) => a.id)).toEqual(['act_marta_quillon']);
    expect(result.resolved.map((r) => r.rule)).toEqual(['exact', 'surname', 'surname']);
  });
});
