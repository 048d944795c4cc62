import { describe, expect, it } from 'vitest';
import { GraphStore, edgeCaption, shortCaption, visibleSubgraph } from './graph-data.js';
import type { GraphEdge, GraphNode } from './graph-data.js';

const node = (id: string, kind = 'Actor'): GraphNode => ({ id, kind, caption: id, type: null });
const edge = (source: string, target: string, type = 'LINK'): GraphEdge => ({
  id: `${source}->${target}`,
  source,
  target,
  type,
  role: null,
});

function store(nodes: GraphNode[], edges: GraphEdge[]): GraphStore {
  const result = new GraphStore();
  result.merge({ nodes, edges });
  return result;
}

/** A star: `hub` linked to `n` leaves, plus a chain of two nodes hanging off the first leaf. */
function star(n: number): GraphStore {
  const leaves = Array.from({ length: n }, (_, i) => node(`leaf${i}`));
  return store(
    [node('hub', 'Place'), ...leaves, node('far1'), node('far2')],
    [...leaves.map((leaf) => edge('hub', leaf.id)), edge('leaf0', 'far1'), edge('far1', 'far2')],
  );
}

describe('visibleSubgraph', () => {
  it('draws everything when under the cap', () => {
    const graph = star(5);
    const visible = visibleSubgraph(graph.nodes, graph.edges, ['hub'], 100);
    expect(visible.nodes).toHaveLength(8);
    expect(visible.edges).toHaveLength(7);
    expect(visible.hidden).toBe(0);
  });

  it('caps a few thousand nodes and counts the rest as hidden', () => {
    const graph = star(3000);
    const visible = visibleSubgraph(graph.nodes, graph.edges, ['hub'], 150);
    expect(visible.nodes).toHaveLength(150);
    expect(visible.hidden).toBe(3003 - 150);
    expect(visible.edges).toHaveLength(149);
  });

  it('starts from the root and keeps what is drawn connected to it', () => {
    const graph = star(10);
    const visible = visibleSubgraph(graph.nodes, graph.edges, ['hub'], 4);
    expect(visible.nodes.map((n) => n.id)).toEqual(['hub', 'leaf0', 'leaf1', 'leaf2']);
    for (const e of visible.edges) expect([e.source, e.target]).toContain('hub');
  });

  it('draws the neighbours of every root before going further out', () => {
    const graph = star(10);
    const visible = visibleSubgraph(graph.nodes, graph.edges, ['hub', 'far2'], 4);
    expect(visible.nodes.map((n) => n.id)).toEqual(['hub', 'far2', 'leaf0', 'leaf1']);
  });

  it('keeps only edges whose two ends are drawn', () => {
    const graph = star(10);
    const visible = visibleSubgraph(graph.nodes, graph.edges, ['far2'], 2);
    expect(visible.nodes.map((n) => n.id)).toEqual(['far2', 'far1']);
    expect(visible.edges.map((e) => e.id)).toEqual(['far1->far2']);
  });

  it('includes loaded nodes unreachable from the roots when there is room', () => {
    const graph = store([node('a'), node('b'), node('island')], [edge('a', 'b')]);
    const visible = visibleSubgraph(graph.nodes, graph.edges, ['a'], 10);
    expect(visible.nodes.map((n) => n.id)).toEqual(['a', 'b', 'island']);
  });

  it('ignores a root that is not loaded', () => {
    const graph = star(2);
    expect(visibleSubgraph(graph.nodes, graph.edges, ['missing'], 2).nodes.map((n) => n.id)).toEqual([
      'hub',
      'leaf0',
    ]);
  });
});

describe('GraphStore.merge', () => {
  it('returns only nodes not seen before and drops edges to unknown nodes', () => {
    const graph = store([node('a'), node('b')], [edge('a', 'b')]);
    const added = graph.merge(
      { nodes: [node('b'), node('c')], edges: [edge('b', 'c'), edge('c', 'zz')] },
      'b',
    );
    expect(added).toEqual(['c']);
    expect([...graph.edges.keys()]).toEqual(['a->b', 'b->c']);
    expect(graph.expanded).toEqual(['b']);
  });
});

describe('captions', () => {
  it.each([
    ['Palmyra', 'Palmyra'],
    [
      'President Bashar al-Assad said the recapture was an important achievement',
      'President Bashar al-Assad said the…',
    ],
    ['  spaced\n  out  ', 'spaced out'],
  ])('shortens %j to %j', (input, expected) => {
    expect(shortCaption(input, 42)).toBe(expected);
    expect(shortCaption(input, 42).length).toBeLessThanOrEqual(42);
  });

  it.each([
    ['PARTICIPATED_IN', 'AGENT', 'participated in (agent)'],
    ['OCCURRED_IN', null, 'occurred in'],
  ])('labels a %s edge with role %s as %j', (type, role, expected) => {
    expect(edgeCaption(type, role)).toBe(expected);
  });
});
