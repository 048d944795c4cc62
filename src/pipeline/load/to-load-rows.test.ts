import { describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../domain.js';
import neo4j from 'neo4j-driver';
import { outletId, toLoadRows } from './to-load-rows.js';

const made = { confidence: 0.8, extractor: 'test', extractorVersion: '1' };
const evidence = (articleId: string, start: number) => ({
  articleId,
  sentenceIndex: 0,
  sentence: 'S.',
  sentenceStart: 0,
  sentenceEnd: 2,
  start,
  end: start + 4,
  ...made,
});

function graph(articleId: string, surface: string): ArticleGraph {
  return {
    article: {
      id: articleId,
      title: 'T',
      text: 'one two three',
      contentHash: 'h',
      sourceFile: 'f.txt',
      outlet: 'BBC News',
    },
    actors: [
      { id: 'act_isis', name: 'Islamic State', type: 'ARMED_GROUP', aliases: ['ISIL'], titles: [], ...made },
    ],
    places: [
      { id: 'plc_palmyra', name: 'Palmyra', type: 'CITY', aliases: [], locatedIn: 'plc_syria', ...made },
    ],
    mentions: [
      {
        entityId: 'act_isis',
        entityKind: 'ACTOR',
        surface,
        rule: 'alias-table',
        evidence: evidence(articleId, 3),
      },
    ],
    events: [
      {
        id: 'evt_1',
        type: 'CAPTURE',
        label: 'Capture of Palmyra',
        placeId: 'plc_palmyra',
        participants: [{ actorId: 'act_isis', role: 'AGENT', evidence: evidence(articleId, 3) }],
        ...made,
      },
    ],
    eventReports: [{ eventId: 'evt_1', trigger: 'took', evidence: evidence(articleId, 9) }],
    claims: [
      {
        id: 'clm_1',
        kind: 'CREDIT',
        text: 'q',
        direct: true,
        claimantId: 'act_isis',
        relayedByIds: [],
        creditedIds: ['act_isis'],
        aboutIds: ['evt_1', 'plc_palmyra'],
        ...made,
      },
    ],
    claimReports: [{ claimId: 'clm_1', evidence: evidence(articleId, 0) }],
  };
}

describe('toLoadRows', () => {
  it('merges an entity seen in two articles into one row with every surface form as an alias', () => {
    const rows = toLoadRows([graph('art_a', 'ISIS'), graph('art_b', 'Daesh')], '2026-01-01T00:00:00Z', '1');
    expect(rows.actors).toHaveLength(1);
    expect(rows.actors[0]?.aliases).toEqual(['Islamic State', 'ISIL', 'ISIS', 'Daesh']);
    expect(rows.actorMentions.map((m) => m.articleId)).toEqual(['art_a', 'art_b']);
  });

  it('sorts what a claim is about by the kind of node it points to', () => {
    const rows = toLoadRows([graph('art_a', 'ISIS')], 'now', '1');
    expect(rows.aboutEvent).toEqual([{ claimId: 'clm_1', targetId: 'evt_1', articleId: 'art_a' }]);
    expect(rows.aboutPlace).toEqual([{ claimId: 'clm_1', targetId: 'plc_palmyra', articleId: 'art_a' }]);
    expect(rows.aboutActor).toEqual([]);
  });

  it('keeps the evidence offsets, as Neo4j integers, and the resolution rule on every mention', () => {
    const [mention] = toLoadRows([graph('art_a', 'ISIS')], 'now', '1').actorMentions;
    expect(mention).toMatchObject({ articleId: 'art_a', entityId: 'act_isis', start: neo4j.int(3) });
    expect(mention?.props).toMatchObject({
      surface: 'ISIS',
      rule: 'alias-table',
      end: neo4j.int(7),
      sentence: 'S.',
    });
  });

  it('gives one outlet id to spellings that differ only in case and spaces', () => {
    expect(outletId('BBC  News')).toBe(outletId('bbc news'));
    expect(outletId('BBC News')).not.toBe(outletId('CNN'));
  });

  it('records the article with its word count, ingest time and extractor version', () => {
    const [article] = toLoadRows([graph('art_a', 'ISIS')], '2026-01-01T00:00:00Z', '9.9.9').articles;
    expect(article?.props).toMatchObject({
      wordCount: neo4j.int(3),
      ingestedAt: '2026-01-01T00:00:00Z',
      extractorVersion: '9.9.9',
    });
    expect(article?.outletId).toBe(outletId('BBC News'));
  });
  it('keeps the rule that joined an event in a batch, whichever article of the batch is the most confident', () => {
    const first = graph('art_a', 'ISIS');
    const second = graph('art_b', 'ISIL');
    second.events[0] = { ...second.events[0]!, mergeRule: 'side-unknown', confidence: 0.5 };
    expect(toLoadRows([first, second], 'now', '1').events[0]?.mergeRule).toBe('side-unknown');
    expect(toLoadRows([first], 'now', '1').events[0]?.mergeRule).toBe('key');
  });

  it('writes one identity row per reading of an event, for the next run', () => {
    const g = graph('art_a', 'ISIS');
    g.events[0] = {
      ...g.events[0]!,
      identities: [
        {
          family: 'CONTROL',
          placeId: 'plc_palmyra',
          side: 'act_isis',
          sufferers: [],
          allies: [],
          months: ['2015-05'],
        },
      ],
    };
    expect(toLoadRows([g], 'now', '1').eventIdentities).toEqual([
      {
        id: 'evt_1',
        family: 'CONTROL',
        placeId: 'plc_palmyra',
        side: 'act_isis',
        sufferers: [],
        allies: [],
        months: ['2015-05'],
      },
    ]);
  });
});
