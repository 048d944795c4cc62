/**
 * The explorer page: search → graph → details, plus the "Who claimed credit?" panel and a timeline.
 * It reads only the GraphQL API (`POST /graphql`). This file wires the page's parts together.
 */
import { createGraphQLClient } from './api.js';
import type { GraphQLRequest } from './api.js';
import { claimView } from './claim-view.js';
import { createCreditQuestion } from './credit-question.js';
import type { Navigator } from './details-panel.js';
import { byId, enableArrowKeys, onSubmitText, replace } from './dom.js';
import { drawingSummary, showDrawingSummary } from './drawing-summary.js';
import { GraphCanvas } from './graph-canvas.js';
import type { GraphNode, VisibleSubgraph } from './graph-data.js';
import { idsToTellApart, markCurrent, renderNodeList, renderResults } from './item-lists.js';
import { createItemNotes } from './item-notes.js';
import { renderLegend } from './legend.js';
import { loadDetails } from './load-details.js';
import { loadMapPlaces } from './load-map-places.js';
import { renderPlaceMap } from './place-map.js';
import { CLAIMS_ABOUT, DISAMBIGUATION, NEIGHBOURHOOD, SEARCH, TIMELINE } from './queries.js';
import type {
  ClaimsAboutResult,
  DisambiguationResult,
  NeighbourhoodResult,
  SearchResult,
  TimelineResult,
} from './queries.js';
import { createStatusLine } from './status-line.js';
import { renderTimeline, timelineEvents } from './timeline.js';

const SEARCH_LIMIT = 25;

type View = 'graph' | 'claims' | 'map';

/** Wires the page to the API. Exposed on `window.explorer` so tests can inspect the canvas. */
export function startExplorer(request: GraphQLRequest): { canvas: GraphCanvas } {
  const results = byId<HTMLUListElement>('results');
  const nodeList = byId<HTMLUListElement>('node-list');
  const details = byId('details-body');
  const moreButton = byId<HTMLButtonElement>('more-button');
  const graphCount = byId('graph-count');
  const graphElement = byId('graph');
  const mapElement = byId('map');
  const { say, task } = createStatusLine({ status: byId('status'), body: document.body });
  const notes = createItemNotes(
    (ids) => task('Loading dates and places…', () => request<DisambiguationResult>(DISAMBIGUATION, { ids })),
    document,
  );

  const onChange = (visible: VisibleSubgraph, canMore: boolean): void => {
    showDrawingSummary(drawingSummary(visible, canMore), {
      count: graphCount,
      graph: graphElement,
      more: moreButton,
    });
    renderNodeList(nodeList, visible.nodes, {
      open: (node) => void open(node.id, node.kind),
      expand: (node) => void expand(node),
      noteOf: notes.noteOf,
    });
    void notes.load(idsToTellApart(visible.nodes));
  };

  const canvas = new GraphCanvas({
    container: graphElement,
    onSelect: (node) => void open(node.id, node.kind, { fromCanvas: true }),
    onExpand: (node) => void expand(node),
    onChange,
  });

  let view: View = 'graph';
  let subject: string | undefined;
  let lastDrawn: string | undefined;
  /** Counts the drawings asked for: an answer that arrives after a newer request is dropped. */
  let drawToken = 0;

  async function draw(id: string): Promise<void> {
    lastDrawn = id;
    const token = ++drawToken;
    if (view !== 'graph') selectView('graph', { redraw: false });
    const data = await task('Loading the neighbourhood…', () =>
      request<NeighbourhoodResult>(NEIGHBOURHOOD, { id, depth: 1 }),
    );
    if (!data?.neighbourhood || token !== drawToken) return;
    canvas.show(data.neighbourhood, id);
    graphElement.dataset.drawn = 'neighbourhood';
    canvas.select(id);
    if (data.neighbourhood.truncated)
      say('The neighbourhood was cut short by the server; expand nodes to see more.');
  }

  async function expand(node: GraphNode): Promise<void> {
    const token = drawToken;
    const data = await task(`Expanding ${node.caption}…`, () =>
      request<NeighbourhoodResult>(NEIGHBOURHOOD, { id: node.id, depth: 1 }),
    );
    if (!data?.neighbourhood || token !== drawToken) return;
    const added = canvas.expand(data.neighbourhood, node.id);
    const cut = data.neighbourhood.truncated ? ' (cut short by the server)' : '';
    say(`${added} new node${added === 1 ? '' : 's'} around ${node.caption}${cut}.`);
  }

  const nav: Navigator = {
    open: (id, kind) => void open(id, kind),
    draw: (id) => void draw(id),
  };
  const credit = createCreditQuestion({
    request,
    task,
    nav,
    drawIfEmpty: async (eventId) => {
      if (canvas.cy.nodes().empty()) await draw(eventId);
    },
  });

  /** The node whose details are loading. */
  let opening: string | undefined;

  /** Shows a node's details in the side panel and selects it on the canvas if it is drawn. */
  async function open(id: string, kind: string, options: { fromCanvas?: boolean } = {}): Promise<void> {
    // A double-click taps twice: load each node's details once.
    if (opening === id) return;
    opening = id;
    try {
      await show(id, kind, options);
    } finally {
      if (opening === id) opening = undefined;
    }
  }

  async function show(id: string, kind: string, options: { fromCanvas?: boolean }): Promise<void> {
    canvas.select(id);
    markCurrent(nodeList, id);
    const caption = canvas.store.nodes.get(id)?.caption ?? id;
    const panel = await task(`Loading ${kind.toLowerCase()} details…`, () =>
      loadDetails(request, { id, kind, caption }, nav),
    );
    if (!panel) return;
    replace(details, panel);
    for (const list of panel.querySelectorAll<HTMLElement>('ul, ol')) enableArrowKeys(list);
    if (!options.fromCanvas) panel.querySelector<HTMLElement>('#details-title')?.focus();
  }

  /** Switches between the neighbourhood, the claim-centred view and the map. */
  function selectView(next: View, options: { redraw?: boolean } = {}): void {
    view = next;
    document.body.dataset.view = next;
    for (const tab of document.querySelectorAll<HTMLElement>('.view-tabs [role="tab"]')) {
      tab.setAttribute('aria-selected', String(tab.dataset.view === next));
    }
    graphElement.hidden = next === 'map';
    mapElement.hidden = next !== 'map';
    if (options.redraw === false) return;
    if (next === 'map') void showMap();
    else if (next === 'claims') void showClaims();
    else if (lastDrawn) void draw(lastDrawn);
  }

  /** Speaker → claim → credited / about, for the claims about what was searched; articles as counts. */
  async function showClaims(): Promise<void> {
    if (!subject) {
      say('Search for a subject first; the claims about it are drawn here.');
      return;
    }
    const about = subject;
    const token = ++drawToken;
    const data = await task(`Loading the claims about “${about}”…`, () =>
      request<ClaimsAboutResult>(CLAIMS_ABOUT, { subject: about }),
    );
    if (!data || token !== drawToken || view !== 'claims') return;
    const drawing = claimView(data.claimsAbout.items);
    const first = drawing.nodes.find((node) => node.kind === 'Claim');
    if (!first) {
      say(`No claims about “${about}”.`);
      return;
    }
    canvas.show(drawing, first.id);
    graphElement.dataset.drawn = 'claims';
  }

  /** Every place with coordinates on the offline base map, with its events and claims. */
  async function showMap(): Promise<void> {
    const places = await task('Loading the places…', () => loadMapPlaces(request));
    if (!places || view !== 'map') return;
    const drawn = renderPlaceMap(mapElement, places, { onOpen: (id, kind) => void open(id, kind) });
    graphCount.textContent = `${drawn} of ${places.length} places have coordinates and are drawn`;
  }

  async function search(text: string): Promise<void> {
    subject = text;
    const data = await task(`Searching for “${text}”…`, () =>
      request<SearchResult>(SEARCH, { text, limit: SEARCH_LIMIT }),
    );
    if (!data) return;
    renderResults(results, data.search.items, text, {
      pick: (hit) => {
        void draw(hit.id);
        void open(hit.id, hit.kind);
      },
      noteOf: notes.noteOf,
    });
    void notes.load(idsToTellApart(data.search.items));
    const top = data.search.items[0];
    // The open view shows the new subject: its claims, or the best hit's neighbourhood (the map shows all).
    if (view === 'claims') await showClaims();
    else if (top && view === 'graph') await draw(top.id);
    else if (top) lastDrawn = top.id;
    void showTimeline(text);
  }

  async function showTimeline(subject: string): Promise<void> {
    const data = await task('Loading the timeline…', () => request<TimelineResult>(TIMELINE, { subject }));
    if (!data) return;
    renderTimeline(byId('timeline'), subject, timelineEvents(data.timeline.items), (event) => {
      void open(event.id, 'Event');
    });
  }

  onSubmitText(byId<HTMLFormElement>('search-form'), byId<HTMLInputElement>('search-input'), search);
  onSubmitText(byId<HTMLFormElement>('credit-form'), byId<HTMLInputElement>('credit-input'), credit.ask);
  for (const tab of document.querySelectorAll<HTMLElement>('.view-tabs [role="tab"]')) {
    tab.addEventListener('click', () => selectView((tab.dataset.view ?? 'graph') as View));
  }
  enableArrowKeys(document.querySelector<HTMLElement>('.view-tabs') ?? graphElement);
  moreButton.addEventListener('click', () => canvas.showMore());
  byId('fit-button').addEventListener('click', () => canvas.fit());
  graphElement.addEventListener('keydown', (event) => {
    // On the focused canvas, Enter opens and "+" expands the selected node.
    const selected = canvas.cy.nodes(':selected').first();
    const node = selected.nonempty() ? canvas.store.nodes.get(selected.id()) : undefined;
    if (!node) return;
    if (event.key === 'Enter') void open(node.id, node.kind);
    if (event.key === '+') void expand(node);
  });
  for (const id of ['results', 'node-list', 'credit-suggestions', 'credit-answers', 'timeline']) {
    enableArrowKeys(byId(id));
  }
  renderLegend(byId('legend'));
  void credit.loadSuggestions();
  return { canvas };
}

declare global {
  interface Window {
    explorer?: { canvas: GraphCanvas };
  }
}

window.explorer = startExplorer(createGraphQLClient('/graphql'));
