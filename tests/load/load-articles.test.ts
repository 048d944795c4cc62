import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/pipeline/load/index.js';
import { DELETE_TAGGED, sampleGraph } from '../support/article-graph.js';
import { readRows, testDriver } from '../support/database.js';

const tags: string[] = [];
function newTag(): string {
  const tag = `t${randomBytes(4).toString('hex')}`;
  tags.push(tag);
  return tag;
}

afterEach(async () => {
  for (const tag of tags.splice(0)) {
    for (const prefix of ['art_', 'act_', 'plc_', 'evt_', 'clm_']) {
      await testDriver().executeQuery(DELETE_TAGGED, { prefix: `${prefix}${tag}`, outlet: `${tag} Times` });
    }
  }
});

/** Every node and relationship reachable from the tagged article, as sortable strings. */
async function snapshot(tag: string): Promise<string[]> {
  const rows = await readRows<{ line: string }>(
    testDriver(),
    `MATCH (n) WHERE n.id CONTAINS $tag
     OPTIONAL MATCH (n)-[r]->(m)
     RETURN n.id + ' ' + coalesce(type(r), '-') + ' ' + coalesce(m.id, m.name, '-') + ' ' + coalesce(r.articleId, '') AS line`,
    { tag },
  );
  return rows.map((r) => r.line).sort();
}

const deps = () => ({ driver: testDriver(), extractorVersion: '0.0.0-test' });

describe('loadArticles', () => {
  it('writes actors, places, events and claims with their provenance edges', async () => {
    const tag = newTag();
    const result = await loadArticles([sampleGraph(tag)], deps());
    expect(result.written).toEqual([`art_${tag}`]);
    expect(result.counts.created).toMatchObject({ articles: 1, actors: 3, places: 1, events: 1, claims: 1 });

    const [claim] = await readRows<{
      claimant: string;
      credited: string;
      about: string;
      sentence: string;
      start: number;
    }>(
      testDriver(),
      `MATCH (c:Claim {id: $id})-[:CLAIMED_BY]->(who), (c)-[:CREDITS]->(credited), (c)-[:ABOUT]->(about),
             (c)-[r:REPORTED_BY]->(:Article)
       RETURN who.name AS claimant, credited.name AS credited, about.label AS about, r.sentence AS sentence, r.start AS start`,
      { id: `clm_${tag}_credit` },
    );
    expect(claim).toEqual({
      claimant: `General ${tag}`,
      credited: `${tag} Army`,
      about: `Recapture of ${tag}ville`,
      sentence: 'A sentence.',
      start: 30,
    });
    const [event] = await readRows<{ date: string; searchText: string; place: string }>(
      testDriver(),
      'MATCH (e:Event {id: $id})-[:OCCURRED_IN]->(p) RETURN e.date AS date, e.searchText AS searchText, p.name AS place',
      { id: `evt_${tag}_recapture` },
    );
    expect(event).toMatchObject({ date: '2016-03-27', place: `${tag}ville` });
    expect(event?.searchText).toContain('recaptured');
    expect(event?.searchText).toContain(`${tag} Army`);
  });

  it('changes nothing when the same article is loaded again', async () => {
    const tag = newTag();
    await loadArticles([sampleGraph(tag)], deps());
    const before = await snapshot(tag);
    const again = await loadArticles([sampleGraph(tag)], deps());
    expect(again.unchanged).toEqual([`art_${tag}`]);
    expect(again.written).toEqual([]);
    expect(await snapshot(tag)).toEqual(before);
  });

  it('replaces the facts of a changed article instead of leaving stale ones', async () => {
    const tag = newTag();
    await loadArticles([sampleGraph(tag)], deps());
    const result = await loadArticles([sampleGraph(tag, 'edited')], deps());
    expect(result.replaced).toEqual([`art_${tag}`]);
    const claims = await readRows(testDriver(), 'MATCH (c:Claim {id: $id}) RETURN c', {
      id: `clm_${tag}_credit`,
    });
    const general = await readRows(testDriver(), 'MATCH (a:Actor {id: $id}) RETURN a', {
      id: `act_${tag}_general`,
    });
    expect(claims).toEqual([]);
    expect(general).toEqual([]);
    const [event] = await readRows<{ date: string; reports: number }>(
      testDriver(),
      'MATCH (e:Event {id: $id})-[r:REPORTED_BY]->() RETURN e.date AS date, count(r) AS reports',
      { id: `evt_${tag}_recapture` },
    );
    expect(event).toEqual({ date: '2016-03-28', reports: 1 });
  });

  it('keeps an event that another article still reports when one article changes', async () => {
    const tag = newTag();
    const first = sampleGraph(tag);
    const second = sampleGraph(tag);
    // Another text (appended, so offsets hold): the same text under another id would be a duplicate.
    second.article = {
      ...second.article,
      id: `art_${tag}_second`,
      text: `${second.article.text} Another outlet's version.`,
      contentHash: `hash_${tag}_second`,
    };
    for (const list of [second.mentions, second.eventReports, second.claimReports]) {
      for (const item of list) item.evidence = { ...item.evidence, articleId: `art_${tag}_second` };
    }
    await loadArticles([first, second], deps());
    await loadArticles([sampleGraph(tag, 'edited')], deps());
    const [row] = await readRows<{ reports: number; credits: string[] }>(
      testDriver(),
      `MATCH (c:Claim {id: $claim})-[r:REPORTED_BY]->(a:Article)
       MATCH (c)-[k:CREDITS]->()
       RETURN count(DISTINCT a) AS reports, k.articleIds AS credits`,
      { claim: `clm_${tag}_credit` },
    );
    expect(row).toEqual({ reports: 1, credits: [`art_${tag}_second`] });
  });

  it('records an article with the same text under another id as a duplicate of the first, without writing it', async () => {
    const tag = newTag();
    const first = sampleGraph(tag);
    const copy = sampleGraph(tag);
    copy.article = {
      ...copy.article,
      id: `art_${tag}_copy`,
      sourceFile: `${tag}/copy.txt`,
      url: `https://copy.example/${tag}`,
    };
    const result = await loadArticles([first, copy], deps());
    expect(result.written).toEqual([`art_${tag}`]);
    expect(result.duplicates).toEqual([
      { articleId: `art_${tag}_copy`, sourceFile: `${tag}/copy.txt`, firstId: `art_${tag}` },
    ]);
    const again = await loadArticles([copy], deps());
    expect(again.duplicates.map((d) => d.firstId)).toEqual([`art_${tag}`]);
    const rows = await readRows(
      testDriver(),
      'MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN a.id AS id, a.duplicateSources AS sources, a.duplicateUrls AS urls',
      { prefix: `art_${tag}` },
    );
    expect(rows).toEqual([
      { id: `art_${tag}`, sources: [`${tag}/copy.txt`], urls: [`https://copy.example/${tag}`] },
    ]);
  });
});
