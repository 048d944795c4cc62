/**
 * Each export format read back by a third-party reader: graphology-graphml (npm) and Debian's networkx and
 * python-igraph for GraphML, Cytoscape.js for the JSON and its style file. Each must see the database's
 * counts, every claim's text and kind, and whole numbers as integers.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import cytoscape from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readGraphSnapshot,
  writeCytoscapeJson,
  writeCytoscapeStyle,
  writeGraphml,
  type GraphSnapshot,
} from '../../src/export/index.js';
import { ingestSeeds, readRows, testDriver } from '../support/database.js';
import { IGRAPH_RUNS, NETWORKX_RUNS, readWithPython, type PythonReading } from './python-readers.js';

interface Truth {
  nodes: number;
  relationships: number;
  claims: Map<string, { text: string; kind: string }>;
  /** Property names holding INTEGER values, on nodes and on relationships. */
  nodeIntegers: string[];
  edgeIntegers: string[];
  nodeFloats: string[];
}

let dir: string;
let snapshot: GraphSnapshot;
let graphmlFile: string;
let truth: Truth;

/** The exported properties (of nodes with an id, or of relationships between them) holding `type` values. */
async function propertiesOfType(pattern: string, type: string): Promise<string[]> {
  const rows = await readRows<{ key: string }>(
    testDriver(),
    `MATCH ${pattern} UNWIND keys(x) AS key
     WITH key, x WHERE valueType(x[key]) STARTS WITH $type RETURN DISTINCT key ORDER BY key`,
    { type },
  );
  return rows.map((row) => row.key);
}

beforeAll(async () => {
  await ingestSeeds();
  dir = await mkdtemp(path.join(os.tmpdir(), 'export-readers-'));
  snapshot = await readGraphSnapshot(testDriver());
  graphmlFile = path.join(dir, 'graph.graphml');
  await writeFile(graphmlFile, writeGraphml(snapshot));
  const [counts] = await readRows<{ nodes: number; relationships: number }>(
    testDriver(),
    `CALL { MATCH (n) WHERE n:Article OR n:Outlet OR n:Actor OR n:Place OR n:Event OR n:Claim RETURN count(n) AS nodes }
     CALL { MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL RETURN count(r) AS relationships }
     RETURN nodes, relationships`,
  );
  const claims = await readRows<{ id: string; text: string; kind: string }>(
    testDriver(),
    'MATCH (c:Claim) RETURN c.id AS id, c.text AS text, c.kind AS kind',
  );
  truth = {
    nodes: counts?.nodes ?? -1,
    relationships: counts?.relationships ?? -1,
    claims: new Map(claims.map((c) => [c.id, { text: c.text, kind: c.kind }])),
    nodeIntegers: await propertiesOfType('(x) WHERE x.id IS NOT NULL', 'INTEGER'),
    edgeIntegers: await propertiesOfType(
      '(a)-[x]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL',
      'INTEGER',
    ),
    nodeFloats: await propertiesOfType('(x) WHERE x.id IS NOT NULL', 'FLOAT'),
  };
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the database the exports are read against', () => {
  it('has claims, integer offsets and word counts to check', () => {
    expect(truth.claims.size).toBeGreaterThan(3);
    expect(truth.nodeIntegers).toContain('wordCount');
    expect(truth.edgeIntegers).toEqual(expect.arrayContaining(['start', 'end', 'sentenceIndex']));
  });
});

describe('GraphML', () => {
  it('declares each key once, with one attribute name per domain and a GraphML type', () => {
    const doc = new DOMParser().parseFromString(writeGraphml(snapshot), 'text/xml');
    const keys = [...doc.getElementsByTagName('key')].map((k) => ({
      id: k.getAttribute('id'),
      for: k.getAttribute('for'),
      name: k.getAttribute('attr.name'),
      type: k.getAttribute('attr.type'),
    }));
    const ids = keys.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    const named = keys.filter((k) => k.name !== null).map((k) => `${k.for}/${k.name}`);
    expect(new Set(named).size).toBe(named.length);
    const typeOf = (name: string, domain = 'node') =>
      keys.find((k) => k.for === domain && k.name === name)?.type;
    for (const key of truth.nodeIntegers) expect([key, typeOf(key)]).toEqual([key, 'long']);
    for (const key of truth.edgeIntegers) expect([key, typeOf(key, 'edge')]).toEqual([key, 'long']);
    for (const key of truth.nodeFloats) expect([key, typeOf(key)]).toEqual([key, 'double']);
    expect(typeOf('direct')).toBe('boolean');
    expect(typeOf('r')).toBe('int');
  });

  it('is read by graphology-graphml with the counts, claim text and kind, and integer offsets', () => {
    const graph = parse(MultiDirectedGraph, writeGraphml(snapshot));
    expect(graph.order).toBe(truth.nodes);
    expect(graph.size).toBe(truth.relationships);
    for (const [id, claim] of truth.claims) {
      const attributes = graph.getNodeAttributes(id);
      expect(attributes).toMatchObject({ text: claim.text, kind: claim.kind, labels: ':Claim' });
      expect(String(attributes.label).length).toBeLessThanOrEqual(60);
    }
    const articles = graph.filterNodes((_, a) => a.labels === ':Article');
    expect(articles.length).toBeGreaterThan(0);
    for (const id of articles) expect(Number.isInteger(graph.getNodeAttribute(id, 'wordCount'))).toBe(true);
    graph.forEachEdge((_, attributes) => {
      if (attributes.start !== undefined) expect(Number.isInteger(attributes.start)).toBe(true);
    });
  });

  describe.runIf(NETWORKX_RUNS)('read by Debian python readers', () => {
    let readings: { networkx: PythonReading; igraph: PythonReading | null };
    beforeAll(async () => {
      readings = await readWithPython(graphmlFile);
    });

    function expectSameGraph(reading: PythonReading): void {
      expect([reading.nodes, reading.edges]).toEqual([truth.nodes, truth.relationships]);
      expect(Object.keys(reading.claims).sort()).toEqual([...truth.claims.keys()].sort());
      for (const [id, claim] of truth.claims) {
        expect(reading.claims[id]).toEqual({ text: claim.text, kind: claim.kind, labels: ':Claim' });
      }
      expect(reading.nodeTypes.direct).toEqual(['bool']);
      for (const key of truth.nodeFloats) expect([key, reading.nodeTypes[key]]).toEqual([key, ['float']]);
    }

    it('networkx reads the counts, claim text and kind, and integers as int', () => {
      console.log(
        `networkx ${readings.networkx.version}: ${readings.networkx.nodes} nodes, ${readings.networkx.edges} edges`,
      );
      expectSameGraph(readings.networkx);
      for (const key of truth.nodeIntegers) {
        expect([key, readings.networkx.nodeTypes[key]]).toEqual([key, ['int']]);
      }
      for (const key of truth.edgeIntegers) {
        expect([key, readings.networkx.edgeTypes[key]]).toEqual([key, ['int']]);
      }
    });

    it.runIf(IGRAPH_RUNS)('python-igraph reads the counts, claim text and kind, and whole numbers', () => {
      const igraph = readings.igraph!;
      console.log(`python-igraph ${igraph.version}: ${igraph.nodes} nodes, ${igraph.edges} edges`);
      expectSameGraph(igraph);
      // igraph keeps every number as a double; the integers come back whole.
      expect(igraph.nodeWholeNumbers).toEqual(expect.arrayContaining(truth.nodeIntegers));
      expect(igraph.edgeWholeNumbers).toEqual(expect.arrayContaining(truth.edgeIntegers));
    });
  });
});

describe('Cytoscape JSON', () => {
  it('is loaded by Cytoscape.js with its style file: counts, claim text and kind, colour by label', () => {
    const json = JSON.parse(writeCytoscapeJson(snapshot)) as { elements: cytoscape.ElementsDefinition };
    const [style] = JSON.parse(writeCytoscapeStyle()) as [{ style: cytoscape.StylesheetJson }];
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: json.elements, style: style.style });
    expect([cy.nodes().length, cy.edges().length]).toEqual([truth.nodes, truth.relationships]);
    for (const [id, claim] of truth.claims) {
      const node = cy.getElementById(id);
      expect(node.data()).toMatchObject({ text: claim.text, kind: claim.kind, labels: ':Claim' });
      expect(node.style('background-color')).toBe('rgb(204,121,167)');
      expect(node.style('label')).toBe(node.data('name'));
    }
    const article = cy.nodes('[labels = ":Article"]').first();
    expect(Number.isInteger(article.data('wordCount'))).toBe(true);
    expect(article.style('shape')).toBe('rectangle');
    cy.destroy();
  });
});
