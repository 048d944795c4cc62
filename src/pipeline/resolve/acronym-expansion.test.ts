import { describe, expect, it } from 'vitest';
import type { ActorType, ArticleDoc } from '../../domain.js';
import { createResolveState, resolveArticle } from './index.js';
import { testMention } from './test-mention.js';

function linkOf(
  names: [string, ActorType][],
  surface: string,
): { entityId: string; rule: string } | undefined {
  const article: ArticleDoc = { id: 'a', title: 'T', text: 'x', contentHash: 'h', sourceFile: 'a.txt' };
  const mentions = names.map(([name, type], i) => testMention(name, 'ACTOR', type, i));
  const result = resolveArticle(article, mentions, {
    state: createResolveState(),
    extractorVersion: '9.9.9',
    extractor: 'rules/entities',
  });
  return result.mentions.find((m) => m.surface === surface);
}

describe('an acronym the article spells out', () => {
  it('stands for the article’s own name, not the alias table’s', () => {
    const link = linkOf(
      [
        ['Financial Services Authority', 'GOVERNMENT_BODY'],
        ['FSA', 'ARMED_GROUP'],
      ],
      'FSA',
    );
    expect(link).toEqual(
      expect.objectContaining({ entityId: 'act_financial_services_authority', rule: 'acronym' }),
    );
  });

  it('keeps the alias table’s reading when the article does not spell it out', () => {
    expect(linkOf([['FSA', 'ARMED_GROUP']], 'FSA')?.entityId).toBe('act_free_syrian_army');
  });
});
