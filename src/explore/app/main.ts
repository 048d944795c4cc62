/**
 * The explorer page: search → graph → details, plus the "Who claimed credit?" panel and a timeline.
 * It reads only the GraphQL API (`POST /graphql`).
 */
import { createGraphQLClient } from './api.js';
import type { GraphQLRequest } from './api.js';
import { claimView } from './claim-view.js';
import { rankCreditEvents, renderCreditAnswers, renderSuggestions } from './credit-panel.js';
import { byId, enableArrowKeys, h, replace } from './dom.js';
import {
  renderArticle,
  renderClaim,
  renderEntity,
  renderEvent,
  renderOutlet,
  renderPlain,
} from './details-panel.js';
import type { Navigator } from './details-panel.js';
import { disambiguations } from './disambiguate.js';
import { GraphCanvas } from './graph-canvas.js';
import type { GraphNode, VisibleSubgraph } from './graph-data.js';
import { EVENT_GROUP_STYLES, KIND_STYLES } from './graph-style.js';
import { renderPlaceMap } from './place-map.js';
import {
  ACTOR_DETAIL,
  CLAIMS_ABOUT,
  DISAMBIGUATION,
  MAP_PAGE_SIZE,
  MAP_PLACES,
  ARTICLE_DETAIL,
  CLAIM_DETAIL,
  EVENT_DETAIL,
  CREDIT_SUGGESTIONS,
  NEIGHBOURHOOD,
  OUTLET_DETAIL,
  PLACE_DETAIL,
  SEARCH,
  TIMELINE,
  WHO_CLAIMED_CREDIT,
} from './queries.js';
import type {
  ActorDetailResult,
  ClaimsAboutResult,
  DisambiguationResult,
  MapPlace,
  MapPlacesResult,
  ArticleDetailResult,
  ClaimDetailResult,
  EventDetailResult,
  CreditSuggestionsResult,
  NeighbourhoodResult,
  OutletDetailResult,
  PlaceDetailResult,
  SearchHit,
  SearchResult,
  TimelineResult,
  WhoClaimedCreditResult,
} from './queries.js';
import { renderTimeline } from './timeline.js';

const SEARCH_LIMIT = 25;
const SUGGESTION_COUNT = 6;
/** How many credit claims to read when choosing suggestions (the API's page maximum is 200). */
const SUGGESTION_SCAN = 200;

/** Wires the page to the API. Exposed on `window.explorer` so tests can inspect the canvas. */
export function startExplorer(request: GraphQLRequest): { canvas: GraphCanvas } {
  const status = byId('status');
  const results = byId<HTMLUListElement>('results');
  const nodeList = byId<HTMLUListElement>('node-list');
  const details = byId('details-body');
  const moreButton = byId<HTMLButtonElement>('more-button');
  const graphCount = byId('graph-count');
  const graphElement = byId('graph');

  let busy = 0;
  const say = (message: string, kind: 'info' | 'error' = 'info'): void => {
    status.textContent = message;
    status.dataset.kind = kind;
  };
  /** Runs one API call with a status message; errors are shown, never thrown at the user. */
  async function task<T>(message: string, run: () => Promise<T>): Promise<T | undefined> {
    busy += 1;
    document.body.setAttribute('aria-busy', 'true');
    say(message);
    try {
      const value = await run();
      if (status.dataset.kind !== 'error') say('');
      return value;
    } catch (error) {
      say(`${error instanceof Error ? error.message : String(error)}`, 'error');
      return undefined;
    } finally {
      busy -= 1;
      if (busy === 0) document.body.removeAttribute('aria-busy');
    }
  }

  const onChange = (visible: VisibleSubgraph, canMore: boolean): void => {
    graphCount.textContent = `${visible.nodes.length} nodes, ${visible.edges.length} edges drawn`;
    graphElement.setAttribute(
      'aria-label',
      `Graph of ${visible.nodes.length} nodes. Use the "Nodes in view" list to move through them with the keyboard.`,
    );
    moreButton.hidden = visible.hidden === 0;
    moreButton.textContent = `${visible.hidden} more…`;
    moreButton.disabled = !canMore;
    moreButton.title = canMore
      ? ''
      : 'The drawing is full: search for something narrower or expand a single node.';
    moreButton.setAttribute(
      'aria-label',
      canMore
        ? `Draw more nodes: ${visible.hidden} loaded but not drawn`
        : `${visible.hidden} more nodes loaded; the drawing is full, search for something narrower`,
    );
    renderNodeList(visible.nodes);
    void disambiguate(visible.nodes.filter((n) => n.kind === 'Event' || n.kind === 'Claim').map((n) => n.id));
  };

  const canvas = new GraphCanvas({
    container: graphElement,
    onSelect: (node) => void open(node.id, node.kind, { fromCanvas: true }),
    onExpand: (node) => void expand(node),
    onChange,
  });

  /** Date, agent and place (events) or speaker and sources (claims), by id, as far as loaded. */
  const notes = new Map<string, string>();
  const noteOf = (id: string): HTMLElement[] => {
    const note = notes.get(id);
    return note ? [h('span', { class: 'item-note' }, note)] : [];
  };

  /** Loads what tells same-named events and claims apart, then shows it in the lists. */
  async function disambiguate(ids: readonly string[]): Promise<void> {
    const wanted = [...new Set(ids)].filter((id) => !notes.has(id)).slice(0, 50);
    if (wanted.length === 0) return;
    const data = await task('Loading dates and places…', () =>
      request<DisambiguationResult>(DISAMBIGUATION, { ids: wanted }),
    );
    if (!data) return;
    for (const [id, note] of disambiguations(data)) notes.set(id, note);
    for (const button of document.querySelectorAll<HTMLElement>(
      '#results button.item, #node-list button.item',
    )) {
      const id = button.dataset.id;
      if (id && notes.has(id) && !button.querySelector('.item-note')) button.append(...noteOf(id));
    }
  }

  function renderNodeList(nodes: readonly GraphNode[]): void {
    replace(
      nodeList,
      ...nodes.map((node) =>
        h(
          'li',
          { class: 'node-row' },
          h(
            'button',
            {
              type: 'button',
              class: 'item',
              'data-id': node.id,
              onclick: () => void open(node.id, node.kind),
            },
            h('span', { class: `swatch kind-${node.kind}`, 'aria-hidden': 'true' }),
            h('span', { class: 'item-kind' }, node.kind),
            h('span', { class: 'item-text' }, node.caption),
            ...noteOf(node.id),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'small expand',
              'aria-label': `Expand: draw the neighbours of ${node.caption}`,
              onclick: () => void expand(node),
            },
            '+',
          ),
        ),
      ),
    );
  }

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
    for (const button of nodeList.querySelectorAll<HTMLElement>('button.item')) {
      if (button.dataset.id === id) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
    const panel = await task(`Loading ${kind.toLowerCase()} details…`, () => loadDetails(id, kind));
    if (!panel) return;
    replace(details, panel);
    for (const list of panel.querySelectorAll<HTMLElement>('ul, ol')) enableArrowKeys(list);
    if (!options.fromCanvas) panel.querySelector<HTMLElement>('#details-title')?.focus();
  }

  async function loadDetails(id: string, kind: string): Promise<HTMLElement> {
    const caption = canvas.store.nodes.get(id)?.caption ?? id;
    switch (kind) {
      case 'Claim': {
        const { claims } = await request<ClaimDetailResult>(CLAIM_DETAIL, { id });
        return claims[0] ? renderClaim(claims[0], nav) : renderPlain(kind, caption, id, nav);
      }
      case 'Event': {
        const { events } = await request<EventDetailResult>(EVENT_DETAIL, { id });
        return events[0] ? renderEvent(events[0], nav) : renderPlain(kind, caption, id, nav);
      }
      case 'Actor': {
        const { actors } = await request<ActorDetailResult>(ACTOR_DETAIL, { id });
        const actor = actors[0];
        if (!actor) return renderPlain(kind, caption, id, nav);
        const events = actor.participatedInConnection.edges.map((edge) => ({
          ...edge.node,
          role: edge.properties.role,
        }));
        return renderEntity('Actor', { ...actor, events }, nav);
      }
      case 'Place': {
        const { places } = await request<PlaceDetailResult>(PLACE_DETAIL, { id });
        const place = places[0];
        return place
          ? renderEntity('Place', { ...place, claims: place.claimsAbout }, nav)
          : renderPlain(kind, caption, id, nav);
      }
      case 'Outlet': {
        const { outlets } = await request<OutletDetailResult>(OUTLET_DETAIL, { id });
        return outlets[0] ? renderOutlet(outlets[0], nav) : renderPlain(kind, caption, id, nav);
      }
      case 'Article': {
        const { articles } = await request<ArticleDetailResult>(ARTICLE_DETAIL, { id });
        return articles[0] ? renderArticle(articles[0], nav) : renderPlain(kind, caption, id, nav);
      }
      default:
        return renderPlain(kind, caption, id, nav);
    }
  }

  function renderResults(hits: readonly SearchHit[], text: string): void {
    if (hits.length === 0) {
      replace(results, h('li', { class: 'hint' }, `Nothing found for “${text}”.`));
      return;
    }
    replace(
      results,
      ...hits.map((hit) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'item',
              'data-id': hit.id,
              onclick: () => {
                void draw(hit.id);
                void open(hit.id, hit.kind);
              },
            },
            h('span', { class: `swatch kind-${hit.kind}`, 'aria-hidden': 'true' }),
            h('span', { class: 'item-kind' }, hit.kind),
            h('span', { class: 'item-text' }, hit.caption),
            ...noteOf(hit.id),
          ),
        ),
      ),
    );
    void disambiguate(
      hits.filter((hit) => hit.kind === 'Event' || hit.kind === 'Claim').map((hit) => hit.id),
    );
  }

  type View = 'graph' | 'claims' | 'map';
  let view: View = 'graph';
  let subject: string | undefined;
  let lastDrawn: string | undefined;
  const mapElement = byId('map');

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
    const places = await task('Loading the places…', async () => {
      const all: MapPlace[] = [];
      for (let offset = 0; ; offset += MAP_PAGE_SIZE) {
        const page = await request<MapPlacesResult>(MAP_PLACES, { offset });
        all.push(...page.places);
        if (page.places.length < MAP_PAGE_SIZE) return all;
      }
    });
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
    renderResults(data.search.items, text);
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
    const events = data.timeline.items.map((entry) => ({
      ...entry.event,
      date: entry.date,
      datePrecision: entry.datePrecision,
      place: entry.place?.name ?? null,
    }));
    renderTimeline(byId('timeline'), subject, events, (event) => {
      void open(event.id, 'Event');
    });
  }

  async function askCredit(event: string): Promise<void> {
    const answers = byId('credit-answers');
    const data = await task(`Asking who claimed credit for “${event}”…`, () =>
      request<WhoClaimedCreditResult>(WHO_CLAIMED_CREDIT, { event }),
    );
    if (!data) return;
    renderCreditAnswers(answers, event, data.whoClaimedCredit, nav);
    // Draw the event the answers are about, unless something is on the canvas already.
    const found = data.whoClaimedCredit.matched[0]?.event;
    if (found && canvas.cy.nodes().empty()) await draw(found.id);
  }

  /** Suggests the events with the most credit claims, so the question is one click away. */
  async function loadSuggestions(): Promise<void> {
    const data = await task('Loading suggestions…', () =>
      request<CreditSuggestionsResult>(CREDIT_SUGGESTIONS, { limit: SUGGESTION_SCAN }),
    );
    if (!data) return;
    renderSuggestions(
      byId('credit-suggestions'),
      byId('credit-options'),
      rankCreditEvents(data.claims).slice(0, SUGGESTION_COUNT),
      (label) => {
        byId<HTMLInputElement>('credit-input').value = label;
        void askCredit(label);
      },
    );
  }

  byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = byId<HTMLInputElement>('search-input').value.trim();
    if (text) void search(text);
  });
  byId<HTMLFormElement>('credit-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = byId<HTMLInputElement>('credit-input').value.trim();
    if (text) void askCredit(text);
  });
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
  void loadSuggestions();
  return { canvas };
}

function renderLegend(legend: HTMLElement): void {
  replace(
    legend,
    ...Object.entries(KIND_STYLES).map(([kind, style]) =>
      h(
        'li',
        {},
        h('span', { class: `swatch kind-${kind}`, 'aria-hidden': 'true' }),
        `${kind} (${style.shapeName})`,
      ),
    ),
    ...EVENT_GROUP_STYLES.map((group) =>
      h(
        'li',
        {},
        h('span', {
          class: 'swatch kind-Event',
          'aria-hidden': 'true',
          style: `outline: 3px ${group.ringStyle} ${group.ring}`,
        }),
        `Event ring: ${group.label} (${group.ringStyle})`,
      ),
    ),
  );
}

declare global {
  interface Window {
    explorer?: { canvas: GraphCanvas };
  }
}

window.explorer = startExplorer(createGraphQLClient('/graphql'));
