import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/index.js';
import { readGraphSnapshot, writeGraphml } from '../../src/export/index.js';
import { ingestSeeds, readRows, testDriver } from '../support/database.js';

let outDir: string;

beforeAll(async () => {
  await ingestSeeds();
  outDir = await mkdtemp(path.join(os.tmpdir(), 'export-test-'));
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

function runExport(args: string[]): Promise<{ code: number | null; output: string }> {
  const { uri, username, password } = inject('neo4j');
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/export.ts'), ...args],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password },
      },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('graph export', () => {
  it('exports every knowledge-graph node of the database', async () => {
    const snapshot = await readGraphSnapshot(testDriver());
    const [row] = await readRows<{ count: number }>(
      testDriver(),
      'MATCH (n) WHERE n:Article OR n:Outlet OR n:Actor OR n:Place OR n:Event OR n:Claim RETURN count(n) AS count',
    );
    expect(snapshot.nodes).toHaveLength(row?.count ?? -1);
    expect(snapshot.nodes.every((n) => !('text' in n.properties) || n.label === 'Claim')).toBe(true);
    const ids = new Set(snapshot.nodes.map((n) => n.id));
    expect(snapshot.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('exports the neighbourhood of the recapture with its place and claims', async () => {
    const [event] = await readRows<{ id: string }>(
      testDriver(),
      "MATCH (e:Event {type: 'RECAPTURE'})-[:OCCURRED_IN]->(:Place {name: 'Palmyra'}) RETURN e.id AS id LIMIT 1",
    );
    const snapshot = await readGraphSnapshot(testDriver(), { id: event!.id, depth: 1 });
    const kinds = new Set(snapshot.nodes.map((n) => n.label));
    expect(kinds).toEqual(new Set(['Event', 'Place', 'Actor', 'Claim', 'Article']));
    const xml = writeGraphml(snapshot);
    expect(xml.match(/<node id=/g)).toHaveLength(snapshot.nodes.length);
  });

  it('writes CSV tables through the command line', async () => {
    const result = await runExport(['--format', 'csv', '--out', outDir]);
    expect(result.code).toBe(0);
    const nodes = await readFile(path.join(outDir, 'nodes.csv'), 'utf8');
    const edges = await readFile(path.join(outDir, 'edges.csv'), 'utf8');
    expect(nodes.split('\n')[0]).toMatch(/^Id,Label,Kind,/);
    expect(edges.split('\n')[0]).toMatch(/^Id,Source,Target,Type,Label/);
    expect(edges).toContain(',CLAIMED_BY,');
  });

  it('writes Cytoscape JSON with its style file beside it through the command line', async () => {
    const file = path.join(outDir, 'graph.json');
    const result = await runExport(['--format', 'json', '--out', file]);
    expect(result.code).toBe(0);
    const style = JSON.parse(await readFile(path.join(outDir, 'graph.style.json'), 'utf8')) as [
      { style: { selector: string }[] },
    ];
    expect(style[0].style.map((rule) => rule.selector)).toContain('node[labels = ":Claim"]');
    expect(result.output).toContain('graph.style.json');
  });

  it('says what to do when asked for an unknown format or node', async () => {
    const format = await runExport(['--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.output).toContain('--format must be graphml, json, csv or admin-csv');
    const node = await runExport([
      '--format',
      'json',
      '--id',
      'no-such-node',
      '--out',
      path.join(outDir, 'x.json'),
    ]);
    expect(node.code).not.toBe(0);
    expect(node.output).toContain('No node has id "no-such-node"');
  });
});
