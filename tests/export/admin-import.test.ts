/**
 * The neo4j-admin import CSV round trip: the seed graph is exported with writeAdminCsv, imported with the
 * real `neo4j-admin database import full` (the embedded server's own jars, run with Java) into an empty
 * database of a private embedded Neo4j, and read back: same nodes, relationships, properties and types.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDbConfig } from '../../src/db/index.js';
import { readGraphSnapshot, writeAdminCsv, type GraphSnapshot } from '../../src/export/index.js';
import { startPrivateNeo4j, type PrivateNeo4j } from '../reliability/support/private-neo4j.js';
import { ingestSeeds, testDriver } from '../support/database.js';

let dir: string;
let fresh: PrivateNeo4j | undefined;
let original: GraphSnapshot;
let imported: GraphSnapshot;
let importOutput = '';

/** Runs neo4j-admin (Neo4jAdminCommand from the provisioned jars) against the private instance. */
function neo4jAdmin(instanceDir: string, args: string[]): Promise<void> {
  const { embeddedDir } = readDbConfig();
  const classpath = [path.join(embeddedDir, 'plugins', '*'), path.join(embeddedDir, 'lib', '*')].join(':');
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-cp', classpath, 'org.neo4j.server.startup.Neo4jAdminCommand', ...args], {
      env: { ...process.env, NEO4J_HOME: instanceDir, NEO4J_CONF: path.join(instanceDir, 'conf') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (c: Buffer) => (importOutput += c.toString()));
    child.stderr.on('data', (c: Buffer) => (importOutput += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`neo4j-admin exited with ${code}:\n${importOutput}`)),
    );
  });
}

/** Nodes keyed by id, with empty lists dropped (neo4j-admin cannot tell an empty list from no value). */
function nodesById(graph: GraphSnapshot): Map<string, { label: string; properties: object; types: object }> {
  return new Map(
    graph.nodes.map((node) => {
      const keep = Object.keys(node.properties).filter((key) => {
        const value = node.properties[key];
        return !(Array.isArray(value) && value.length === 0);
      });
      const pick = (from: Record<string, unknown>) => Object.fromEntries(keep.map((k) => [k, from[k]]));
      return [node.id, { label: node.label, properties: pick(node.properties), types: pick(node.types) }];
    }),
  );
}

/** An object with its keys in order, so two databases' property maps compare equal. */
function sorted(map: Record<string, unknown>): [string, unknown][] {
  return Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1));
}

/** Relationships as sorted JSON lines (element ids differ between the two databases). */
function edgeLines(graph: GraphSnapshot): string[] {
  return graph.edges
    .map((edge) =>
      JSON.stringify([edge.source, edge.type, edge.target, sorted(edge.properties), sorted(edge.types)]),
    )
    .sort();
}

beforeAll(async () => {
  await ingestSeeds();
  original = await readGraphSnapshot(testDriver());
  dir = await mkdtemp(path.join(os.tmpdir(), 'admin-import-'));
  const csv = writeAdminCsv(original);
  await writeFile(path.join(dir, 'nodes.csv'), csv.nodes);
  await writeFile(path.join(dir, 'relationships.csv'), csv.relationships);

  fresh = await startPrivateNeo4j('admin-import');
  await fresh.stop();
  await neo4jAdmin(fresh.instanceDir, [
    'database',
    'import',
    'full',
    `--nodes=${path.join(dir, 'nodes.csv')}`,
    `--relationships=${path.join(dir, 'relationships.csv')}`,
    '--multiline-fields=true',
    `--array-delimiter=${csv.arrayDelimiter}`,
    '--overwrite-destination',
    // The report goes beside the CSV files, not into the project folder.
    `--report-file=${path.join(dir, 'import.report')}`,
    'neo4j',
  ]);
  await fresh.start();
  imported = await readGraphSnapshot(fresh.driver);
});

afterAll(async () => {
  await fresh?.destroy();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('neo4j-admin import of the admin CSV export', () => {
  it('imports every node and relationship of the export', () => {
    const counts = /Imported:\s+(\d+) nodes\s+(\d+) relationships/.exec(importOutput);
    console.log(`neo4j-admin: ${counts?.[1]} nodes, ${counts?.[2]} relationships imported`);
    expect(original.nodes.length).toBeGreaterThan(50);
    expect([Number(counts?.[1]), Number(counts?.[2])]).toEqual([
      original.nodes.length,
      original.edges.length,
    ]);
    expect([imported.nodes.length, imported.edges.length]).toEqual([
      original.nodes.length,
      original.edges.length,
    ]);
  });

  it('gives the fresh database the same labels, properties and Neo4j types, claim text included', () => {
    const before = nodesById(original);
    const after = nodesById(imported);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [id, node] of before) expect([id, after.get(id)]).toEqual([id, node]);
    const claim = imported.nodes.find((node) => node.label === 'Claim');
    expect(typeof claim?.properties.text).toBe('string');
    const article = imported.nodes.find((node) => node.label === 'Article');
    expect(article?.types.wordCount).toBe('INTEGER NOT NULL');
  });

  it('gives the fresh database the same relationships, with integer offsets', () => {
    expect(edgeLines(imported)).toEqual(edgeLines(original));
    const mention = imported.edges.find((edge) => edge.type === 'MENTIONED_IN');
    expect(mention?.types.start).toBe('INTEGER NOT NULL');
  });
});
