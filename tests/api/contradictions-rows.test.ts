/**
 * The contradictions query itself (cypher/query/contradictions.cypher) over the seeds: every row it
 * returns is a real disagreement — two or more sides, and for AGENT an actor that one article makes the
 * agent and another article the target or victim.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runNamed } from '../../src/db/run-named.js';
import { ingestSeeds, readRows, testDriver } from '../support/database.js';

interface Side {
  value: string;
  sources: { id: string }[];
}
interface Row {
  kind: string;
  fact: string;
  sides: Side[];
}

let rows: Row[] = [];

beforeAll(async () => {
  await ingestSeeds(testDriver());
  const ids = await readRows<{ id: string }>(testDriver(), 'MATCH (e:Event) RETURN e.id AS id');
  const session = testDriver().session({ defaultAccessMode: 'READ' });
  try {
    const result = await runNamed(session, 'query/contradictions', { eventIds: ids.map((r) => r.id) });
    rows = result.records.map((r) => r.toObject() as Row);
  } finally {
    await session.close();
  }
});

describe('contradictions query rows', () => {
  it('returns the seeds’ date disagreement', () => {
    expect(rows.some((r) => r.kind === 'DATE')).toBe(true);
  });

  it('returns no row with fewer than two sides', () => {
    const oneSided = rows.filter((r) => r.sides.length < 2);
    expect(
      oneSided.map((r) => `${r.kind}: ${r.fact} ${JSON.stringify(r.sides.map((s) => s.value))}`),
    ).toEqual([]);
  });

  it('gives the sides of an AGENT or COUNT row different articles', () => {
    for (const row of rows.filter((r) => r.kind !== 'DATE')) {
      const articles = row.sides.map((s) => new Set(s.sources.map((x) => x.id)));
      const distinct = new Set(articles.flatMap((a) => [...a]));
      expect(distinct.size, row.fact).toBeGreaterThan(1);
    }
  });
});
