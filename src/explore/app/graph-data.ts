/** One node as the API's `neighbourhood` query returns it. */
export interface GraphNode {
  id: string;
  /** The node label: Actor, Place, Event, Claim, Article, Outlet. */
  kind: string;
  caption: string;
  /** The node's own `type` property (RECAPTURE, PERSON …), where it has one. */
  type?: string | null;
}

/** One relationship as the API's `neighbourhood` query returns it. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  role?: string | null;
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * Everything loaded so far (all neighbourhoods merged), drawn or not. The canvas shows only a capped,
 * connected part of it; see `visibleSubgraph`.
 */
export class GraphStore {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  /** Nodes whose neighbourhood has been fetched, in the order they were expanded. */
  readonly expanded: string[] = [];

  /** Adds a fetched neighbourhood; returns the ids of nodes not seen before. */
  merge(view: GraphView, expandedId?: string): string[] {
    const added: string[] = [];
    for (const node of view.nodes) {
      if (!this.nodes.has(node.id)) added.push(node.id);
      this.nodes.set(node.id, node);
    }
    for (const edge of view.edges) {
      if (this.nodes.has(edge.source) && this.nodes.has(edge.target)) this.edges.set(edge.id, edge);
    }
    if (expandedId !== undefined && !this.expanded.includes(expandedId)) this.expanded.push(expandedId);
    return added;
  }

  clear(): void {
    this.nodes.clear();
    this.edges.clear();
    this.expanded.length = 0;
  }
}

export interface VisibleSubgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** How many loaded nodes are not drawn because of the cap. */
  hidden: number;
}

/**
 * Picks at most `cap` nodes to draw: breadth-first from the roots (so what is drawn stays connected to what
 * the user asked for), then any loaded node not reachable from them. Edges are kept when both ends are drawn.
 * Order inside one BFS level follows the API's order, so the result is deterministic.
 */
export function visibleSubgraph(
  nodes: ReadonlyMap<string, GraphNode>,
  edges: ReadonlyMap<string, GraphEdge>,
  roots: readonly string[],
  cap: number,
): VisibleSubgraph {
  const adjacency = new Map<string, string[]>();
  const link = (from: string, to: string): void => {
    const list = adjacency.get(from);
    if (list) list.push(to);
    else adjacency.set(from, [to]);
  };
  for (const edge of edges.values()) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }

  const chosen = new Set<string>();
  const queue: string[] = [];
  const visit = (id: string): void => {
    if (chosen.size >= cap || chosen.has(id) || !nodes.has(id)) return;
    chosen.add(id);
    queue.push(id);
  };
  for (const root of roots) visit(root);
  for (let head = 0; head < queue.length && chosen.size < cap; head += 1) {
    const id = queue[head];
    if (id === undefined) break;
    for (const next of adjacency.get(id) ?? []) visit(next);
  }
  for (const id of nodes.keys()) visit(id);

  return {
    nodes: [...chosen].map((id) => nodes.get(id)).filter((node): node is GraphNode => node !== undefined),
    edges: [...edges.values()].filter((edge) => chosen.has(edge.source) && chosen.has(edge.target)),
    hidden: nodes.size - chosen.size,
  };
}

/** A short caption for the canvas: long claim quotes are cut at a word boundary. */
export function shortCaption(caption: string, max = 42): string {
  const clean = caption.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** `PARTICIPATED_IN` + `AGENT` → `participated in (agent)`. */
export function edgeCaption(type: string, role?: string | null): string {
  const base = type.toLowerCase().replace(/_/g, ' ');
  return role ? `${base} (${role.toLowerCase()})` : base;
}
