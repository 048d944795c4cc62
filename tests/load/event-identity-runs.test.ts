/**
 * Event identity across ingest runs, on a database of the file's own: ingesting the seeds in two runs
 * (three articles, then the other two) gives the same event nodes, and the same report of every
 * article on the same node, as one run over all five. The second run joins the events already in the
 * graph (cypher/load/read-event-memory.cypher) as if it had read the first three articles itself.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../src/pipeline/load/index.js';
import { ingest } from '../../src/pipeline/ingest.js';
import { startPrivateNeo4j, type PrivateNeo4j } from '../reliability/support/private-neo4j.js';
import { readRows, SEEDS_DIR } from '../support/database.js';

interface Snapshot {
  events: string[];
  reports: string[];
}

let db: PrivateNeo4j;
let twoRuns: Snapshot;
let oneRun: Snapshot;

async function snapshot(): Promise<Snapshot> {
  const events = await readRows<{ e: string }>(
    db.driver,
    'MATCH (e:Event) RETURN e.id + " " + e.type + " " + e.label AS e ORDER BY e',
  );
  const reports = await readRows<{ r: string }>(
    db.driver,
    'MATCH (e:Event)-[r:REPORTED_BY]->(a:Article) RETURN a.id + "@" + toString(r.start) + " -> " + e.id AS r ORDER BY r',
  );
  return {
    events: events.map((x) => x.e),
    reports: reports.map((x) => x.r),
  };
}

beforeAll(async () => {
  db = await startPrivateNeo4j('event-runs');
  await ensureSchema(db.driver);
  const files = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(SEEDS_DIR, f));
  await ingest(files.slice(0, 3), { driver: db.driver });
  await ingest(files.slice(3), { driver: db.driver });
  twoRuns = await snapshot();
  await db.wipe();
  await ensureSchema(db.driver);
  await ingest(files, { driver: db.driver });
  oneRun = await snapshot();
}, 240_000);

afterAll(async () => {
  await db?.destroy();
});

describe('event identity across ingest runs', () => {
  it('makes the same event nodes in two runs as in one', () => {
    expect(oneRun.events.length).toBeGreaterThan(0);
    expect(twoRuns.events).toEqual(oneRun.events);
  });

  it('puts every report on the same event node in two runs as in one', () => {
    expect(twoRuns.reports).toEqual(oneRun.reports);
  });
});
