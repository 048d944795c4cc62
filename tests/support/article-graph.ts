/**
 * Hand-built article graphs for tests of the load stage and the API, independent of the extractor.
 * Ids carry a per-test tag so each test can delete exactly what it wrote.
 */
import type { ArticleGraph, Evidence } from '../../src/domain.js';

export function evidence(articleId: string, start: number, end: number, sentence = 'A sentence.'): Evidence {
  return {
    articleId,
    sentenceIndex: 0,
    sentence,
    sentenceStart: 0,
    sentenceEnd: sentence.length,
    start,
    end,
    confidence: 0.9,
    extractor: 'test/hand-made',
    extractorVersion: '0.0.0-test',
  };
}

const made = { confidence: 0.9, extractor: 'test/hand-made', extractorVersion: '0.0.0-test' };

/**
 * An article in which `<tag> Army` recaptures `<tag>ville`, and its general claims credit for it.
 * `variant` changes the text (and so the content hash) and drops the claim, to test replacement.
 */
export function sampleGraph(tag: string, variant: 'original' | 'edited' = 'original'): ArticleGraph {
  const articleId = `art_${tag}`;
  const army = `act_${tag}_army`;
  const state = `act_${tag}_state`;
  const general = `act_${tag}_general`;
  const town = `plc_${tag}_ville`;
  const event = `evt_${tag}_recapture`;
  const claim = `clm_${tag}_credit`;
  const text =
    variant === 'original'
      ? `The ${tag} Army recaptured ${tag}ville on March 27. "Victory belongs to the army," said General ${tag}.`
      : `The ${tag} Army recaptured ${tag}ville on March 28.`;
  const graph: ArticleGraph = {
    article: {
      id: articleId,
      title: `${tag} Army retakes ${tag}ville`,
      text,
      contentHash: `hash_${tag}_${variant}`,
      outlet: `${tag} Times`,
      publishedAt: '2016-03-28',
      datePrecision: 'DAY',
      sourceFile: `tests/${tag}.txt`,
    },
    actors: [
      { id: army, name: `${tag} Army`, type: 'MILITARY', aliases: [], titles: [], partOf: state, ...made },
      { id: state, name: `${tag}land`, type: 'STATE', aliases: [], titles: [], ...made },
    ],
    places: [
      { id: town, name: `${tag}ville`, type: 'CITY', aliases: [], latitude: 34.5, longitude: 38.3, ...made },
    ],
    mentions: [
      {
        entityId: army,
        entityKind: 'ACTOR',
        surface: `${tag} Army`,
        rule: 'exact',
        evidence: evidence(articleId, 4, 8),
      },
      {
        entityId: town,
        entityKind: 'PLACE',
        surface: `${tag}ville`,
        rule: 'exact',
        evidence: evidence(articleId, 20, 28),
      },
    ],
    events: [
      {
        id: event,
        type: 'RECAPTURE',
        label: `Recapture of ${tag}ville`,
        placeId: town,
        participants: [{ actorId: army, role: 'AGENT', evidence: evidence(articleId, 4, 8) }],
        ...made,
      },
    ],
    eventReports: [
      {
        eventId: event,
        date: variant === 'original' ? '2016-03-27' : '2016-03-28',
        datePrecision: 'DAY',
        dateText: variant === 'original' ? 'on March 27' : 'on March 28',
        trigger: 'recaptured',
        evidence: evidence(articleId, 9, 19),
      },
    ],
    claims: [],
    claimReports: [],
  };
  if (variant === 'original') {
    graph.actors.push({
      id: general,
      name: `General ${tag}`,
      type: 'PERSON',
      aliases: [],
      titles: ['General'],
      ...made,
    });
    graph.mentions.push({
      entityId: general,
      entityKind: 'ACTOR',
      surface: `General ${tag}`,
      rule: 'exact',
      evidence: evidence(articleId, 60, 70),
    });
    graph.claims.push({
      id: claim,
      kind: 'CREDIT',
      text: 'Victory belongs to the army',
      direct: true,
      claimantId: general,
      relayedByIds: [],
      creditedIds: [army],
      aboutIds: [event],
      ...made,
    });
    graph.claimReports.push({ claimId: claim, evidence: evidence(articleId, 30, 57) });
  }
  return graph;
}

/** Deletes every node a sampleGraph(tag) wrote. */
export const DELETE_TAGGED = `
MATCH (n) WHERE n.id STARTS WITH $prefix OR (n:Outlet AND n.name = $outlet)
DETACH DELETE n`;
