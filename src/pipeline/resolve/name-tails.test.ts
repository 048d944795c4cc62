import { describe, expect, it } from 'vitest';
import type { ActorType, ArticleDoc, Mention } from '../../domain.js';
import { createResolveState, resolveArticle } from './index.js';
import type { ResolveState, ResolvedArticle } from './index.js';
import { testMention } from './test-mention.js';

function resolve(names: [string, ActorType][], state: ResolveState, id: string): ResolvedArticle {
  const article: ArticleDoc = { id, title: 'T', text: 'x', contentHash: id, sourceFile: `${id}.txt` };
  const mentions: Mention[] = names.map(([name, type], i) => testMention(name, 'ACTOR', type, i));
  return resolveArticle(article, mentions, { state, extractorVersion: '9.9.9', extractor: 'rules/entities' });
}

function link(result: ResolvedArticle, surface: string): { entityId: string; rule: string } | undefined {
  return result.mentions.find((m) => m.surface === surface);
}

describe('the tail of a longer organisation name', () => {
  it('joins the longer name of an earlier article, with the rule recorded', () => {
    const state = createResolveState();
    resolve([['Kurdistan Freedom Falcons', 'ARMED_GROUP']], state, 'a1');
    const later = resolve([['Freedom Falcons', 'ARMED_GROUP']], state, 'a2');
    expect(link(later, 'Freedom Falcons')).toEqual(
      expect.objectContaining({
        entityId: 'act_kurdistan_freedom_falcons',
        rule: 'name-tail-earlier-article',
      }),
    );
  });

  it('takes a later longer name into the shorter one an earlier article used', () => {
    const state = createResolveState();
    resolve([['Freedom Falcons', 'ARMED_GROUP']], state, 'a1');
    const later = resolve([['Kurdistan Freedom Falcons', 'ARMED_GROUP']], state, 'a2');
    expect(link(later, 'Kurdistan Freedom Falcons')?.entityId).toBe('act_freedom_falcons');
  });

  it('joins the longer name within one article', () => {
    const result = resolve(
      [
        ['Kurdistan Freedom Falcons', 'ARMED_GROUP'],
        ['Freedom Falcons', 'ARMED_GROUP'],
      ],
      createResolveState(),
      'a1',
    );
    expect(link(result, 'Freedom Falcons')).toEqual(
      expect.objectContaining({ entityId: 'act_kurdistan_freedom_falcons', rule: 'name-tail' }),
    );
  });

  it.each([
    [
      'two longer names share the tail',
      [
        ['Kurdistan Freedom Falcons', 'ARMED_GROUP'],
        ['Syrian Freedom Falcons', 'ARMED_GROUP'],
      ],
      'Freedom Falcons',
      'ARMED_GROUP',
    ],
    [
      'the tail ends in a generic head noun',
      [['Scottish National Party', 'ORGANISATION']],
      'National Party',
      'ORGANISATION',
    ],
    ['the types differ', [['Kurdistan Freedom Falcons', 'ARMED_GROUP']], 'Freedom Falcons', 'PERSON'],
    [
      'the dropped words are no place',
      [['Royal Bank of Scotland', 'COMPANY']],
      'Bank of Scotland',
      'COMPANY',
    ],
  ] as [string, [string, ActorType][], string, ActorType][])(
    'stays its own actor when %s',
    (_, earlier, name, type) => {
      const state = createResolveState();
      earlier.forEach((n, i) => resolve([n], state, `e${i}`));
      const later = resolve([[name, type]], state, 'later');
      expect(link(later, name)?.rule).toBe('exact');
    },
  );
});

describe('the first word of a longer organisation name', () => {
  it.each([
    // names of one article, the one-word surface, the entity it joins and the rule ('-' stays its own)
    [
      [
        ['Quellan Energy', 'COMPANY'],
        ['Quellan', 'COMPANY'],
      ],
      'Quellan',
      'act_quellan_energy',
      'name-head',
    ],
    [
      [
        ['Quellan Energy', 'COMPANY'],
        ['Quellan', 'ORGANISATION'],
      ],
      'Quellan',
      'act_quellan_energy',
      'name-head',
    ],
    [
      [
        ['Quellan Card', 'COMPANY'],
        ['Quellan Group', 'COMPANY'],
        ['Quellan', 'COMPANY'],
      ],
      'Quellan',
      'act_quellan',
      'exact',
    ],
    [
      [
        ['Quellan Energy', 'COMPANY'],
        ['Quellan', 'PERSON'],
      ],
      'Quellan',
      'act_quellan',
      'exact',
    ],
    [
      [
        ['Treasury Select Committee', 'GOVERNMENT_BODY'],
        ['Treasury', 'GOVERNMENT_BODY'],
      ],
      'Treasury',
      'act_treasury',
      'exact',
    ],
  ] as [[string, ActorType][], string, string, string][])(
    'in %j, %s joins %s by %s',
    (names, surface, entityId, rule) => {
      const result = resolve(names, createResolveState(), 'a1');
      expect(link(result, surface)).toEqual(expect.objectContaining({ entityId, rule }));
    },
  );
});
