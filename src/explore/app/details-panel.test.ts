import { describe, expect, it } from 'vitest';
import { groupByArticle, groupParticipants } from './details-panel.js';

const edge = (id: string, role: string | null) => ({ properties: { role }, node: { id, name: id } });

describe('groupParticipants', () => {
  it('lists each actor once with every distinct role the articles give it', () => {
    const grouped = groupParticipants([
      edge('syria', 'AGENT'),
      edge('russia', 'SUPPORTER'),
      edge('syria', 'AGENT'),
      edge('russia', 'AGENT'),
      edge('isis', null),
    ]);
    expect(grouped.map((entry) => [entry.actor.id, entry.roles])).toEqual([
      ['syria', ['agent']],
      ['russia', ['supporter', 'agent']],
      ['isis', []],
    ]);
  });
});

describe('groupByArticle', () => {
  it('shows an article once, with every sentence in which it reports the fact', () => {
    const report = (articleId: string, sentence: string) => ({
      properties: { sentence },
      node: { id: articleId, title: articleId },
    });
    const grouped = groupByArticle([report('a1', 'one'), report('a2', 'two'), report('a1', 'three')]);
    expect(grouped.map((group) => [group.article.id, group.reports.map((r) => r.sentence)])).toEqual([
      ['a1', ['one', 'three']],
      ['a2', ['two']],
    ]);
  });
});
