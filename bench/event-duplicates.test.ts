import { describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../src/domain.js';
import { parseManifest, sameKindSamePlace, summariseEvents } from './event-duplicates.js';

function graph(articleId: string, events: [string, string, string][]): ArticleGraph {
  return {
    article: { id: articleId, title: 't', text: 'x', contentHash: 'h', sourceFile: 'f' },
    actors: [],
    places: [{ id: 'plc_k', name: 'Kestrel', type: 'CITY', aliases: [] }],
    mentions: [],
    events: events.map(([id, type, placeId]) => ({
      id,
      type,
      label: `${type} ${placeId}`,
      placeId,
      participants: [],
      confidence: 1,
      extractor: 'x',
      extractorVersion: '1',
    })),
    eventReports: events.map(([id]) => ({
      eventId: id,
      evidence: {
        articleId,
        sentence: 0,
        start: 0,
        end: 1,
        text: 'x',
        confidence: 1,
        extractor: 'x',
        extractorVersion: '1',
      },
    })),
    claims: [],
    claimReports: [],
  } as unknown as ArticleGraph;
}

describe('event duplicates report', () => {
  it('reads the manifest columns by their header', () => {
    const rows = parseManifest('file\turl\toutlet\tpublished\ta/1.txt\thttps://x.test/1\tX\t2016-03-27\n');
    expect(rows).toEqual([]);
    const text = 'file\turl\toutlet\tpublished\nother/1.txt\thttps://x.test/1\tX\t2016-03-27\n';
    expect(parseManifest(text)).toEqual([
      { file: 'other/1.txt', url: 'https://x.test/1', outlet: 'X', published: '2016-03-27' },
    ]);
  });

  it('counts one node per event id across articles and groups same-kind same-place nodes', () => {
    const events = summariseEvents([
      graph('a1', [['e1', 'CAPTURE', 'plc_k']]),
      graph('a2', [
        ['e1', 'CAPTURE', 'plc_k'],
        ['e2', 'CAPTURE', 'plc_k'],
        ['e3', 'RECAPTURE', 'plc_k'],
      ]),
    ]);
    expect(events.map((e) => [e.id, e.reports, e.articles])).toEqual([
      ['e1', 2, 2],
      ['e2', 1, 1],
      ['e3', 1, 1],
    ]);
    expect(sameKindSamePlace(events).map(([k, g]) => [k, g.length])).toEqual([['CONTROL @ Kestrel', 3]]);
  });
});
