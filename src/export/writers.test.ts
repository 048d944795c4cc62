import { describe, expect, it } from 'vitest';
import type { GraphSnapshot } from './graph-snapshot.js';
import {
  csvField,
  escapeXml,
  shortText,
  writeAdminCsv,
  writeCsv,
  writeCytoscapeJson,
  writeCytoscapeStyle,
  writeGraphml,
} from './index.js';

const LONG_QUOTE =
  'Russia’s military support and the achievements of the army will speed up the political settlement, not slow it';

const graph: GraphSnapshot = {
  nodes: [
    {
      id: 'act_a',
      label: 'Actor',
      properties: { id: 'act_a', name: 'Syrian Army', aliases: ['army', 'SAA'], confidence: 0.9 },
      types: { id: 'STRING', name: 'STRING', aliases: 'LIST<STRING NOT NULL>', confidence: 'FLOAT' },
    },
    {
      id: 'clm_b',
      label: 'Claim',
      properties: { id: 'clm_b', text: 'He said "we won" <today> & more', direct: true, kind: 'CREDIT' },
      types: { id: 'STRING', text: 'STRING', direct: 'BOOLEAN', kind: 'STRING' },
    },
    {
      id: 'evt_c',
      label: 'Event',
      properties: { id: 'evt_c', label: 'Recapture of Palmyra', type: 'RECAPTURE' },
      types: { id: 'STRING', label: 'STRING', type: 'STRING' },
    },
    {
      id: 'art_d',
      label: 'Article',
      properties: { id: 'art_d', title: 'Palmyra retaken', wordCount: 600 },
      types: { id: 'STRING', title: 'STRING', wordCount: 'INTEGER NOT NULL' },
    },
  ],
  edges: [
    {
      id: '5:x:1',
      source: 'clm_b',
      target: 'act_a',
      type: 'CLAIMED_BY',
      properties: { articleIds: ['art_1'] },
      types: { articleIds: 'LIST<STRING NOT NULL>' },
    },
    {
      id: '5:x:2',
      source: 'act_a',
      target: 'art_d',
      type: 'MENTIONED_IN',
      properties: { start: 4, confidence: 1 },
      types: { start: 'INTEGER', confidence: 'FLOAT' },
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

  it.each([
    ['Short enough.', 'Short enough.'],
    [LONG_QUOTE, 'Russia’s military support and the achievements of the army…'],
  ])('shortens the claim caption %j to %j', (input, expected) => {
    expect(shortText(input)).toBe(expected);
    expect(shortText(input).length).toBeLessThanOrEqual(60);
  });

  it('writes GraphML with each key once, typed from the Neo4j types', () => {
    const xml = writeGraphml(graph);
    const keyIds = [...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(keyIds).size).toBe(keyIds.length);
    expect(xml).toContain('<key id="n_confidence" for="node" attr.name="confidence" attr.type="double"/>');
    expect(xml).toContain('<key id="n_wordCount" for="node" attr.name="wordCount" attr.type="long"/>');
    expect(xml).toContain('<key id="e_start" for="edge" attr.name="start" attr.type="long"/>');
    expect(xml).toContain('<key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>');
    expect(xml).toContain('<key id="n_direct" for="node" attr.name="direct" attr.type="boolean"/>');
    expect(xml).toContain('<key id="n_kind" for="node" attr.name="kind" attr.type="string"/>');
    expect(xml.match(/attr\.name="label"/g)).toHaveLength(2); // one for nodes, one for edges
  });

  it('writes every node and edge with its caption, label, claim text and kind, escaped', () => {
    const xml = writeGraphml(graph);
    expect(xml.match(/<node id=/g)).toHaveLength(4);
    expect(xml.match(/<edge id=/g)).toHaveLength(2);
    expect(xml).toContain('<data key="v_label">Syrian Army</data>');
    expect(xml).toContain('<data key="v_labels">:Claim</data>');
    expect(xml).toContain('<data key="n_kind">CREDIT</data>');
    expect(xml).toContain('<data key="n_text">He said &quot;we won&quot; &lt;today&gt; &amp; more</data>');
    expect(xml).toContain('<data key="n_aliases">army; SAA</data>');
    expect(xml).toContain('<data key="n_wordCount">600</data>');
  });

  it('writes Gephi colour and size, and yEd shapes and labels', () => {
    const xml = writeGraphml(graph);
    expect(xml).toContain('<key id="v_r" for="node" attr.name="r" attr.type="int"/>');
    expect(xml).toMatch(
      /<data key="v_r">0<\/data>\s*<data key="v_g">114<\/data>\s*<data key="v_b">178<\/data>/,
    );
    expect(xml).toContain('<key id="y_node" for="node" yfiles.type="nodegraphics"/>');
    expect(xml).toContain('<y:Fill color="#CC79A7" transparent="false"/>');
    expect(xml).toContain(
      '<y:NodeLabel modelName="sides" modelPosition="s">Recapture of Palmyra</y:NodeLabel>',
    );
    expect(xml).toContain('<y:Shape type="diamond"/>');
  });

  it.each([
    ['is its caption: written once, as the label', {}, 0],
    ['differs from its caption (a name wins): kept as property.label', { name: 'Palmyra offensive' }, 1],
  ])('writes an event label that %s', (_, extra, renamedKeys) => {
    const event = graph.nodes[2]!;
    const changed: GraphSnapshot = {
      nodes: [{ ...event, properties: { ...event.properties, ...extra } }],
      edges: [],
    };
    const xml = writeGraphml(changed);
    expect(xml.match(/attr\.name="property\.label"/g) ?? []).toHaveLength(renamedKeys);
    expect(xml.match(/attr\.name="label"/g)).toHaveLength(2);
  });

  it('writes Cytoscape JSON that keeps every claim kind and names its label and caption', () => {
    const parsed = JSON.parse(writeCytoscapeJson(graph)) as {
      elements: { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] };
    };
    expect(parsed.elements.nodes.map((n) => n.data.labels)).toEqual([
      ':Actor',
      ':Claim',
      ':Event',
      ':Article',
    ]);
    expect(parsed.elements.nodes[1]?.data).toMatchObject({
      kind: 'CREDIT',
      text: graph.nodes[1]?.properties.text,
    });
    expect(parsed.elements.nodes[2]?.data).toMatchObject({
      name: 'Recapture of Palmyra',
      label: 'Recapture of Palmyra',
    });
    expect(parsed.elements.edges[0]?.data).toMatchObject({
      source: 'clm_b',
      target: 'act_a',
      interaction: 'CLAIMED_BY',
      articleIds: ['art_1'],
    });
  });

  it('writes a Cytoscape style file with one colour and shape per label', () => {
    const [file] = JSON.parse(writeCytoscapeStyle()) as [
      { style: { selector: string; css: Record<string, unknown> }[] },
    ];
    expect(file.style.find((rule) => rule.selector === 'node[labels = ":Claim"]')?.css).toMatchObject({
      'background-color': '#CC79A7',
      shape: 'round-rectangle',
    });
  });

  it('writes Gephi-style node and edge tables', () => {
    const { nodes, edges } = writeCsv(graph);
    expect(nodes.split('\n')[0]).toBe(
      'Id,Label,Kind,aliases,confidence,direct,kind,label,name,text,title,type,wordCount',
    );
    expect(edges.split('\n')[1]).toBe('5:x:1,clm_b,act_a,Directed,CLAIMED_BY,art_1,,');
  });

  it('writes neo4j-admin import files with typed headers, labels and list columns', () => {
    const { nodes, relationships, arrayDelimiter } = writeAdminCsv(graph);
    expect(arrayDelimiter).toBe(';');
    expect(nodes.split('\n')[0]).toBe(
      'id:ID,:LABEL,aliases:string[],confidence:double,direct:boolean,kind:string,label:string,name:string,text:string,title:string,type:string,wordCount:long',
    );
    expect(nodes.split('\n')[1]).toBe('act_a,Actor,army;SAA,0.9,,,,Syrian Army,,,,');
    expect(nodes).toContain('art_d,Article,,,,,,,,Palmyra retaken,,600');
    expect(relationships.split('\n')[0]).toBe(
      ':START_ID,:END_ID,:TYPE,articleIds:string[],confidence:double,start:long',
    );
    expect(relationships.split('\n')[2]).toBe('act_a,art_d,MENTIONED_IN,,1,4');
  });

  it('picks another array delimiter when a list element holds a semicolon', () => {
    const node = graph.nodes[0]!;
    const tricky: GraphSnapshot = {
      nodes: [{ ...node, properties: { ...node.properties, aliases: ['a;b', 'c'] } }],
      edges: [],
    };
    const { nodes, arrayDelimiter } = writeAdminCsv(tricky);
    expect(arrayDelimiter).toBe('|');
    expect(nodes).toContain('a;b|c');
  });
});
