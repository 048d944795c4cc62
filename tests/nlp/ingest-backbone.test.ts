/**
 * `ingest` in backbone mode on a real CoreNLP and a real Neo4j: the graph gets the parse's claims (a relay
 * kept as RELAYED_BY, a claim of responsibility), and the summary counts the sentences that fell back.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testNlpPool } from '../support/test-nlp.js';
import { ingest } from '../../src/pipeline/ingest.js';
import { createExtractor } from '../../src/pipeline/stages.js';
import { readRows, testDriver } from '../support/database.js';

const nlp = testNlpPool();
const RUN = `bb${process.pid}${Date.now()}`;
let dir = '';
const claimIds: string[] = [];

afterAll(async () => {
  nlp.close();
  await testDriver().executeQuery('MATCH (a:Article) WHERE a.title STARTS WITH $run DETACH DELETE a', {
    run: RUN,
  });
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('ingest with the backbone', () => {
  it('writes the claims read from the parse and counts the fallbacks', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'backbone-ingest-'));
    await writeFile(
      path.join(dir, 'one.txt'),
      `${RUN} Minister speaks\n\nForeign Minister Velimir Ostrakov told Reuters that the border talks with Marlovia would resume next week. He said the list ran to ${'points, '.repeat(110)}and more.\n`,
    );
    await writeFile(
      path.join(dir, 'two.txt'),
      `${RUN} Bombing\n\nTwo bombs exploded in the market of Qalbend on Sunday. The Dawn Front group claimed responsibility for the attacks.\n`,
    );
    const extractor = createExtractor({ mode: 'backbone', nlp });
    const summary = await ingest([dir], {
      driver: testDriver(),
      extractor,
      onGraph: (graph) => claimIds.push(...graph.claims.map((c) => c.id)),
    });
    expect(summary.written).toBe(2);
    expect(summary.extractorMode).toBe('backbone');
    expect(summary.backbone?.fallbacks['too-long']).toBe(1);

    const relayed = await readRows<{ text: string; by: string; via: string }>(
      testDriver(),
      'MATCH (by:Actor)<-[:CLAIMED_BY]-(c:Claim)-[:RELAYED_BY]->(via:Actor) WHERE c.text CONTAINS $words RETURN c.text AS text, by.name AS by, via.name AS via',
      { words: 'border talks' },
    );
    expect(relayed).toEqual([
      {
        text: 'the border talks with Marlovia would resume next week',
        by: 'Velimir Ostrakov',
        via: 'Reuters',
      },
    ]);
    const responsibility = await readRows<{ kind: string }>(
      testDriver(),
      "MATCH (c:Claim) WHERE c.text = 'responsibility for the attacks' RETURN c.kind AS kind",
    );
    expect(responsibility).toEqual([{ kind: 'RESPONSIBILITY' }]);
  });
});
