import cytoscape from 'cytoscape';
import type { Core, EdgeSingular, ElementDefinition, LayoutOptions, NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { GraphStore, edgeCaption, shortCaption, visibleSubgraph } from './graph-data.js';
import type { GraphNode, GraphView, VisibleSubgraph } from './graph-data.js';
import { graphStylesheet } from './graph-style.js';
import { chooseLabels } from './label-collisions.js';

cytoscape.use(fcose);

/** Nodes drawn at first; "N more…" adds another step. Beyond a few hundred, a canvas graph is unreadable. */
export const INITIAL_CAP = 150;
export const CAP_STEP = 150;
/** Never draw more than this: past it, a software-rendered canvas stalls for most of a second per redraw. */
export const MAX_DRAWN = 450;
/**
 * With up to this many edges drawn every edge is labelled; above it only the edges of the selected node
 * are, so the labels stay readable.
 */
const EDGE_LABEL_LIMIT = 30;
/** Above this many drawn nodes, label sizes are left out of the layout (cheaper; labels are small then). */
const LABEL_AWARE_LAYOUT_LIMIT = 300;
/** From this zoom on, every edge is labelled (the labels are big enough to read and far enough apart). */
const EDGE_LABEL_ZOOM = 1.6;
/** Which captions win a collision: the selected and root nodes, then events, actors, places, claims. */
const KIND_PRIORITY: Readonly<Record<string, number>> = {
  Event: 5,
  Actor: 4,
  Place: 4,
  Claim: 3,
  Outlet: 2,
  Article: 1,
};
const FIT_PADDING = 40;
/** Small graphs are not blown up past this zoom, so captions keep their size. */
const MAX_FIT_ZOOM = 1.25;
/**
 * Below this zoom captions would be drawn under 8 px (and Cytoscape stops drawing them): a drawing that
 * does not fit at this zoom opens at it, centred on the root, and "Fit to view" shows all of it.
 */
const MIN_LABEL_ZOOM = 0.7;

export interface GraphCanvasOptions {
  container: HTMLElement;
  /** A node was selected on the canvas (tap) or from a list. */
  onSelect: (node: GraphNode) => void;
  /** A node was double-clicked: the caller fetches its neighbourhood and calls `expand`. */
  onExpand: (node: GraphNode) => void;
  /** What is drawn changed (new search, expansion, "N more…"); `canShowMore` is false at `MAX_DRAWN`. */
  onChange: (visible: VisibleSubgraph, canShowMore: boolean) => void;
}

/**
 * The graph canvas: draws a capped, connected part of everything loaded, lays it out without blocking
 * the page (the force layout runs a few iterations per animation frame), and reports selection and
 * double-click expansion back to the page.
 */
export class GraphCanvas {
  readonly cy: Core;
  readonly store = new GraphStore();
  private cap = INITIAL_CAP;
  private roots: string[] = [];
  private layout: cytoscape.Layouts | undefined;
  private visible: VisibleSubgraph = { nodes: [], edges: [], hidden: 0 };
  private readonly options: GraphCanvasOptions;

  constructor(options: GraphCanvasOptions) {
    this.options = options;
    this.cy = cytoscape({
      container: options.container,
      style: graphStylesheet(),
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      motionBlur: false,
    });
    this.cy.on('tap', 'node', (event) => {
      const node = this.store.nodes.get((event.target as NodeSingular).id());
      if (node) options.onSelect(node);
    });
    this.cy.on('dbltap', 'node', (event) => {
      const node = this.store.nodes.get((event.target as NodeSingular).id());
      if (node) options.onExpand(node);
    });
    // Edge labels on hover (of the edge, or of a node for all its edges) and at close zoom.
    this.cy.on('mouseover', 'node', (event) => {
      const node = event.target as NodeSingular;
      node.addClass('hover');
      node.connectedEdges().addClass('hover');
    });
    this.cy.on('mouseout', 'node', (event) => {
      const node = event.target as NodeSingular;
      node.removeClass('hover');
      node.connectedEdges().removeClass('hover');
    });
    this.cy.on('mouseover', 'edge', (event) => (event.target as EdgeSingular).addClass('hover'));
    this.cy.on('mouseout', 'edge', (event) => (event.target as EdgeSingular).removeClass('hover'));
    this.cy.on('zoom', () => this.labelEdges());
  }

  /** Replaces the drawing with the neighbourhood of a new root. */
  show(view: GraphView, rootId: string): void {
    this.layout?.stop();
    this.cy.elements().remove();
    this.store.clear();
    this.cap = INITIAL_CAP;
    this.roots = [rootId];
    this.store.merge(view, rootId);
    this.draw(rootId);
  }

  /** Adds the neighbourhood of an already drawn node, placing new nodes around it. */
  expand(view: GraphView, nodeId: string): number {
    const added = this.store.merge(view, nodeId);
    if (!this.roots.includes(nodeId)) this.roots.push(nodeId);
    // Make room for what was fetched: the expanded node's neighbours are drawn even at the cap.
    this.cap = Math.min(
      Math.max(this.cap, this.cy.nodes().length + Math.min(added.length, CAP_STEP)),
      MAX_DRAWN,
    );
    this.draw(nodeId);
    return added.length;
  }

  /** Draws another `CAP_STEP` of the loaded but hidden nodes. */
  showMore(): void {
    if (this.cap >= MAX_DRAWN) return;
    this.cap = Math.min(this.cap + CAP_STEP, MAX_DRAWN);
    this.draw(this.roots[this.roots.length - 1]);
  }

  /** Selects and centres a drawn node; returns false if it is not drawn. */
  select(id: string): boolean {
    const element = this.cy.getElementById(id);
    if (element.empty()) return false;
    this.cy.elements(':selected').unselect();
    element.select();
    this.labelEdges();
    // While a layout runs it will fit the view itself; otherwise bring the node into view if it is outside.
    if (this.options.container.dataset.layout === 'done') {
      const box = element.boundingBox();
      const view = this.cy.extent();
      const inside = box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
      if (!inside) this.cy.animate({ center: { eles: element }, duration: 200 });
    }
    return true;
  }

  /** Fits everything drawn into view. */
  fit(): void {
    this.cy.fit(undefined, FIT_PADDING);
  }

  get drawn(): VisibleSubgraph {
    return this.visible;
  }

  /** False once the drawing has reached `MAX_DRAWN`: the rest stays listed as "N more", not drawn. */
  get canShowMore(): boolean {
    return this.visible.hidden > 0 && this.cap < MAX_DRAWN;
  }

  private draw(anchorId: string | undefined): void {
    const visible = visibleSubgraph(this.store.nodes, this.store.edges, this.roots, this.cap);
    const keep = new Set(visible.nodes.map((node) => node.id));
    this.cy.batch(() => {
      this.cy
        .nodes()
        .filter((node) => !keep.has(node.id()))
        .remove();
      const anchor = anchorId === undefined ? undefined : this.cy.getElementById(anchorId);
      const centre = anchor && anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
      const fresh = visible.nodes.filter((node) => this.cy.getElementById(node.id).empty());
      const definitions: ElementDefinition[] = fresh.map((node, index) => {
        // New nodes start on a ring around the node they came from; the layout then settles them.
        const angle = (2 * Math.PI * index) / Math.max(fresh.length, 1);
        const radius = 60 + 4 * Math.sqrt(fresh.length);
        return {
          group: 'nodes',
          data: { id: node.id, kind: node.kind, label: shortCaption(node.caption), type: node.type ?? '' },
          position: { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) },
        };
      });
      for (const edge of visible.edges) {
        if (this.cy.getElementById(edge.id).nonempty()) continue;
        definitions.push({
          group: 'edges',
          data: {
            id: edge.id,
            source: edge.source,
            target: edge.target,
            label: edgeCaption(edge.type, edge.role),
          },
        });
      }
      this.cy.add(definitions);
      this.cy.nodes().removeClass('root');
      for (const root of this.roots) this.cy.getElementById(root).addClass('root');
    });
    this.visible = visible;
    this.runLayout();
    this.options.onChange(visible, this.canShowMore);
  }

  /**
   * Label collision control: hides the captions that would overlap a more important one (the selected and
   * root nodes first, then by kind and number of links). Hidden captions show on hover and selection.
   */
  private placeLabels(): void {
    this.cy.batch(() => {
      this.cy.nodes().removeClass('quiet');
      const candidates = this.cy.nodes().map((node) => ({
        id: node.id(),
        box: node.boundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
          includeOverlays: false,
        }),
        priority:
          (node.selected() ? 1000 : 0) +
          (node.hasClass('root') ? 500 : 0) +
          (KIND_PRIORITY[String(node.data('kind'))] ?? 0) * 10 +
          Math.min(node.degree(false), 9),
      }));
      const shown = chooseLabels(candidates.filter((c) => c.box.w > 0 && c.box.h > 0));
      this.cy
        .nodes()
        .filter((node) => !shown.has(node.id()))
        .addClass('quiet');
    });
    this.options.container.dataset.hiddenLabels = String(this.cy.nodes('.quiet').length);
  }

  /** Labels every edge of a small drawing or at close zoom, else only those of the selected node. */
  private labelEdges(): void {
    const edges = this.cy.edges();
    this.cy.batch(() => {
      if (edges.length <= EDGE_LABEL_LIMIT || this.cy.zoom() >= EDGE_LABEL_ZOOM) {
        edges.addClass('labelled');
        return;
      }
      edges.removeClass('labelled');
      this.cy.nodes(':selected').connectedEdges().addClass('labelled');
    });
  }

  private runLayout(): void {
    this.layout?.stop();
    const count = this.cy.nodes().length;
    const container = this.options.container;
    container.dataset.layout = 'running';
    this.labelEdges();
    // fCoSE (a spring embedder with overlap removal): with the caption sizes counted as part of each node,
    // nodes and their captions are pushed apart; what still collides is handled by placeLabels.
    const options = {
      name: 'fcose',
      quality: count > LABEL_AWARE_LAYOUT_LIMIT ? 'draft' : 'default',
      randomize: true,
      animate: false,
      fit: true,
      padding: FIT_PADDING,
      nodeDimensionsIncludeLabels: count <= LABEL_AWARE_LAYOUT_LIMIT,
      uniformNodeDimensions: false,
      packComponents: true,
      nodeRepulsion: () => 6_000,
      idealEdgeLength: () => 70,
      edgeElasticity: () => 0.45,
      nodeSeparation: 60,
      numIter: 2500,
      tile: true,
    } as unknown as LayoutOptions;
    const layout = this.cy.layout(options);
    layout.one('layoutstop', () => {
      if (this.layout !== layout) return;
      // Fit again with labels counted (the layout fits node centres only), never zooming in past 1.25×.
      this.cy.fit(undefined, FIT_PADDING);
      if (this.cy.zoom() > MAX_FIT_ZOOM) {
        this.cy.zoom({
          level: MAX_FIT_ZOOM,
          renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 },
        });
      } else if (this.cy.zoom() < MIN_LABEL_ZOOM) {
        const root = this.cy.nodes('.root').first();
        this.cy.zoom(MIN_LABEL_ZOOM);
        this.cy.center(root.nonempty() ? root : undefined);
      }
      this.placeLabels();
      container.dataset.layout = 'done';
    });
    this.layout = layout;
    layout.run();
  }
}
