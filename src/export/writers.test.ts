import { describe, expect, it } from 'vitest';
import type { GraphSnapshot } from './graph-snapshot.js';
import { csvField, escapeXml, writeCsv, writeCytoscapeJson, writeGraphml } from './index.js';

const graph: GraphSnapshot = {
  nodes: [
    {
      id: 'act_a',
      label: 'Actor',
      properties: { id: 'act_a', name: 'Syrian Army', aliases: ['army', 'SAA'], confidence: 0.9 },
    },
    {
      id: 'clm_b',
      label: 'Claim',
      properties: { id: 'clm_b', text: 'He said "we won" <today> & more', direct: true },
    },
  ],
  edges: [
    {
      id: '5:x:1',
      source: 'clm_b',
      target: 'act_a',
      type: 'CLAIMED_BY',
      properties: { articleIds: ['art_1'] },
    },
  ],
};

describe('graph exports', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<x y="1">', '&lt;x y=&quot;1&quot;&gt;'],
    ['bell\u0007char', 'bellchar'],
  ])('escapes %j for XML as %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });

  it.each([
    ['plain', 'plain'],
    ['with, comma', '"with, comma"'],
    ['say "hi"', '"say ""hi"""'],
    [['a', 'b'], 'a; b'],
    [null, ''],
  ] as const)('quotes the CSV field %j as %j', (input, expected) => {
    expect(csvField(input as never)).toBe(expected);
  });

  it('writes GraphML with typed keys, every node and edge, and escaped values', () => {
    const xml = writeGraphml(graph);
    expect(xml).toContain('<key id="n_confidence" for="node" attr.name="confidence" attr.type="double"/>');
    expect(xml).toContain('<key id="n_direct" for="node" attr.name="direct" attr.type="boolean"/>');
    expect(xml.match(/<node id=/g)).toHaveLength(2);
    expect(xml.match(/<edge id=/g)).toHaveLength(1);
    expect(xml).toContain('<data key="n_label">Syrian Army</data>');
    expect(xml).toContain('He said &quot;we won&quot; &lt;today&gt; &amp; more');
    expect(xml).toContain('<data key="n_aliases">army; SAA</data>');
  });

  it('writes Cytoscape JSON that names each edge source, target and interaction', () => {
    const parsed = JSON.parse(writeCytoscapeJson(graph)) as {
      elements: { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] };
    };
    expect(parsed.elements.nodes.map((n) => n.data.kind)).toEqual(['Actor', 'Claim']);
    expect(parsed.elements.edges[0]?.data).toMatchObject({
      source: 'clm_b',
      target: 'act_a',
      interaction: 'CLAIMED_BY',
    });
  });

  it('writes Gephi-style node and edge tables', () => {
    const { nodes, edges } = writeCsv(graph);
    expect(nodes.split('\n')[0]).toBe('Id,Label,Kind,aliases,confidence,direct,name,text');
    expect(nodes).toContain('act_a,Syrian Army,Actor,army; SAA,0.9,,Syrian Army,');
    expect(edges.split('\n')[1]).toBe('5:x:1,clm_b,act_a,Directed,CLAIMED_BY,art_1');
  });
});
