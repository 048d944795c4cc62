import { formatDate, h, renderSegments } from './dom.js';
import { articleSegments, completeEvidence, sentenceSegments } from './highlight.js';
import type {
  ArticleDetail,
  ClaimDetail,
  ClaimRef,
  Corroboration,
  EntityDetail,
  EventDetail,
  EventSummary,
  EvidenceFields,
  NamedRef,
  ReportEdge,
} from './queries.js';
import { kindStyle } from './graph-style.js';
import { timelineOrder } from './timeline.js';

/** What the panel can ask the page to do. */
export interface Navigator {
  /** Show another node's details. */
  open: (id: string, kind: string) => void;
  /** Draw a node's neighbourhood on the canvas. */
  draw: (id: string) => void;
}

function refLink(ref: NamedRef, kind: string, nav: Navigator): HTMLElement {
  const caption = ref.name ?? ref.label ?? ref.id;
  return h(
    'button',
    {
      type: 'button',
      class: 'link',
      'data-id': ref.id,
      'aria-label': `${kind} ${caption}: show details`,
      onclick: () => nav.open(ref.id, kind),
    },
    h('span', { class: `swatch kind-${kind}`, 'aria-hidden': 'true' }),
    caption,
  );
}

function refList(refs: readonly NamedRef[], kind: string, nav: Navigator): HTMLElement | string {
  if (refs.length === 0) return 'none recorded';
  const list = h('ul', { class: 'inline-list' });
  for (const ref of refs) list.append(h('li', {}, refLink(ref, kind, nav)));
  return list;
}

function field(term: string, value: Node | string): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, value)];
}

function heading(kind: string, caption: string, id: string, nav: Navigator): HTMLElement {
  const style = kindStyle(kind);
  return h(
    'header',
    { class: 'details-header' },
    h('p', { class: 'kind-tag' }, h('span', { class: `swatch kind-${kind}`, 'aria-hidden': 'true' }), kind),
    h('h3', { id: 'details-title', tabindex: '-1' }, caption),
    h(
      'button',
      {
        type: 'button',
        class: 'small',
        'aria-label': `Draw the neighbourhood of ${caption} (${style.shapeName}) on the graph`,
        onclick: () => nav.draw(id),
      },
      'Centre graph here',
    ),
  );
}

type ReportFields = EvidenceFields & { dateText?: string | null; date?: string | null };

/** Report edges grouped by article (an article may report a fact in several sentences), first-seen order. */
export function groupByArticle<P>(
  edges: readonly ReportEdge<P>[],
): { article: ReportEdge<P>['node']; reports: P[] }[] {
  const byArticle = new Map<string, { article: ReportEdge<P>['node']; reports: P[] }>();
  for (const edge of edges) {
    const entry = byArticle.get(edge.node.id) ?? { article: edge.node, reports: [] };
    byArticle.set(edge.node.id, entry);
    entry.reports.push(edge.properties);
  }
  return [...byArticle.values()];
}

/** One sentence of a report, the fact's span marked, with the date it gives and its place in the article. */
function reportSentence(properties: ReportFields, articleText: string | null | undefined): HTMLElement[] {
  const evidence = completeEvidence(properties);
  const parts: HTMLElement[] = [
    h(
      'blockquote',
      { class: 'evidence' },
      evidence
        ? renderSegments(sentenceSegments(evidence))
        : (properties.sentence ?? 'The sentence was not recorded.'),
    ),
  ];
  if (properties.dateText || properties.date) {
    const given = [properties.dateText, properties.date ? `(${properties.date})` : '']
      .filter(Boolean)
      .join(' ');
    parts.push(h('p', { class: 'hint' }, `Date given: ${given}`));
  }
  if (articleText && evidence) {
    parts.push(
      h(
        'details',
        {},
        h('summary', {}, 'Show in the article'),
        h('p', { class: 'context' }, renderSegments(articleSegments(articleText, evidence))),
      ),
    );
  }
  return parts;
}

/** One reporting article: title, outlet, date, and each of its sentences with the fact's span highlighted. */
function sourceItem(group: {
  article: ReportEdge<ReportFields>['node'];
  reports: ReportFields[];
}): HTMLElement {
  const { article, reports } = group;
  const meta = [article.outlet, article.publishedAt].filter(Boolean).join(', ');
  return h(
    'li',
    { class: 'source', 'data-article-id': article.id },
    h('p', { class: 'source-title' }, h('strong', {}, article.title), meta ? ` — ${meta}` : ''),
    ...reports.flatMap((report) => reportSentence(report, article.text)),
    article.url ? h('a', { href: article.url, rel: 'noopener noreferrer' }, 'Original article') : null,
  );
}

function corroborationText(corroboration: Corroboration): string {
  const status = corroboration.status.toLowerCase().replace(/_/g, ' ');
  return `${status}: ${corroboration.articles} article${corroboration.articles === 1 ? '' : 's'}, ${corroboration.outlets} outlet${corroboration.outlets === 1 ? '' : 's'}`;
}

function sourcesSection<P extends ReportFields>(edges: readonly ReportEdge<P>[]): HTMLElement {
  const titleId = 'details-sources-heading';
  const groups = groupByArticle(edges);
  return h(
    'section',
    { 'aria-labelledby': titleId },
    h('h4', { id: titleId }, `Reported by ${groups.length} article${groups.length === 1 ? '' : 's'}`),
    h('ol', { class: 'sources', 'aria-label': 'Reporting articles' }, ...groups.map(sourceItem)),
  );
}

function claimTitle(claim: ClaimDetail): string {
  const kind = claim.kind.charAt(0) + claim.kind.slice(1).toLowerCase();
  const by = claim.claimedBy[0]?.name;
  return by ? `${kind} by ${by}` : `${kind} (unattributed)`;
}

/** A claim: the quote, who made it, what it is about, and every reporting article with its sentence. */
export function renderClaim(claim: ClaimDetail, nav: Navigator): HTMLElement {
  const quote = claim.direct ? `“${claim.text}”` : claim.text;
  const about = h('ul', { class: 'inline-list' });
  const aboutRefs: [NamedRef[], string][] = [
    [claim.aboutEvents, 'Event'],
    [claim.aboutActors, 'Actor'],
    [claim.aboutPlaces, 'Place'],
  ];
  for (const [refs, kind] of aboutRefs)
    for (const ref of refs) about.append(h('li', {}, refLink(ref, kind, nav)));
  return h(
    'article',
    { class: 'details', 'data-kind': 'Claim', 'data-id': claim.id },
    heading('Claim', claimTitle(claim), claim.id, nav),
    h('blockquote', { class: 'quote' }, quote),
    h(
      'dl',
      {},
      ...field('Claimed by', refList(claim.claimedBy, 'Actor', nav)),
      ...(claim.relayedBy.length ? field('Relayed by', refList(claim.relayedBy, 'Actor', nav)) : []),
      ...(claim.credits.length ? field('Gives credit to', refList(claim.credits, 'Actor', nav)) : []),
      ...field('About', about.childElementCount ? about : 'nothing recorded'),
      ...field('Kind', claim.kind.toLowerCase()),
      ...field('Speech', claim.direct ? 'direct quote' : 'reported speech'),
      ...field('Sources', corroborationText(claim.corroboration)),
      ...(claim.confidence == null ? [] : field('Confidence', claim.confidence.toFixed(2))),
    ),
    sourcesSection(claim.reportedByConnection.edges),
  );
}

/** A list of claims whose items open the claim's details. */
export function claimList(claims: readonly ClaimRef[], label: string, nav: Navigator): HTMLElement {
  if (claims.length === 0) return h('p', { class: 'hint' }, 'No claims recorded.');
  return h(
    'ul',
    { class: 'list claims', 'aria-label': label },
    ...claims.map((claim) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'item', 'data-id': claim.id, onclick: () => nav.open(claim.id, 'Claim') },
          h('span', { class: 'swatch kind-Claim', 'aria-hidden': 'true' }),
          h('span', { class: 'item-kind' }, claim.kind.toLowerCase()),
          h(
            'span',
            { class: 'item-text' },
            claim.claimedBy[0]?.name ? `${claim.claimedBy[0].name}: ${claim.text}` : claim.text,
          ),
        ),
      ),
    ),
  );
}

function eventList(
  events: readonly (EventSummary & { role?: string | null })[],
  label: string,
  nav: Navigator,
): HTMLElement {
  if (events.length === 0) return h('p', { class: 'hint' }, 'No events recorded.');
  return h(
    'ul',
    { class: 'list', 'aria-label': label },
    ...timelineOrder(events).map((event) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'item', 'data-id': event.id, onclick: () => nav.open(event.id, 'Event') },
          h('span', { class: 'swatch kind-Event', 'aria-hidden': 'true' }),
          h('span', { class: 'item-kind' }, formatDate(event.date)),
          h('span', { class: 'item-text' }, event.label),
          event.role ? h('span', { class: 'role' }, event.role.toLowerCase()) : null,
        ),
      ),
    ),
  );
}

/** Participation edges grouped by actor (first-seen order), each with its distinct roles, lower-cased. */
export function groupParticipants(
  edges: readonly { properties: { role?: string | null }; node: NamedRef }[],
): { actor: NamedRef; roles: string[] }[] {
  const byActor = new Map<string, { actor: NamedRef; roles: string[] }>();
  for (const { properties, node } of edges) {
    const entry = byActor.get(node.id) ?? { actor: node, roles: [] };
    byActor.set(node.id, entry);
    const role = properties.role?.toLowerCase();
    if (role && !entry.roles.includes(role)) entry.roles.push(role);
  }
  return [...byActor.values()];
}

/** An event: date, place, participants with roles, the claims about it, and its reporting articles. */
export function renderEvent(event: EventDetail, nav: Navigator): HTMLElement {
  // One edge per article and role: show each actor once, with every role the articles give it.
  const participants = groupParticipants(event.participantsConnection.edges);
  const roles = h(
    'ul',
    { class: 'inline-list', 'aria-label': 'Participants' },
    ...participants.map(({ actor, roles }) =>
      h(
        'li',
        {},
        refLink(actor, 'Actor', nav),
        roles.length ? h('span', { class: 'role' }, roles.join(', ')) : null,
      ),
    ),
  );
  const reportedDates = new Set(
    event.reportedByConnection.edges
      .map((edge) => edge.properties.date)
      .filter((date): date is string => !!date),
  );
  const claims = event.claimsAbout;
  return h(
    'article',
    { class: 'details', 'data-kind': 'Event', 'data-id': event.id },
    heading('Event', event.label, event.id, nav),
    h(
      'dl',
      {},
      ...field('Type', (event.type ?? 'other').toLowerCase()),
      ...field(
        'Date',
        `${formatDate(event.date)}${event.datePrecision ? ` (${event.datePrecision.toLowerCase()})` : ''}`,
      ),
      ...(reportedDates.size > 1 ? field('Articles disagree', [...reportedDates].sort().join(' vs ')) : []),
      ...field('Place', refList(event.occurredIn, 'Place', nav)),
      ...field('Participants', participants.length ? roles : 'none recorded'),
      ...field('Sources', corroborationText(event.corroboration)),
    ),
    h('h4', {}, `Claims about it (${claims.length})`),
    claimList(claims, `Claims about ${event.label}`, nav),
    sourcesSection(event.reportedByConnection.edges),
  );
}

/** An actor or place: name, type, aliases, its events, and the claims it made or that are about it. */
export function renderEntity(kind: 'Actor' | 'Place', entity: EntityDetail, nav: Navigator): HTMLElement {
  const { claims, events } = entity;
  return h(
    'article',
    { class: 'details', 'data-kind': kind, 'data-id': entity.id },
    heading(kind, entity.name, entity.id, nav),
    h(
      'dl',
      {},
      ...field('Type', (entity.type ?? 'unknown').toLowerCase().replace(/_/g, ' ')),
      ...(entity.aliases?.length ? field('Also called', entity.aliases.join(', ')) : []),
      ...(entity.titles?.length ? field('Titles', entity.titles.join(', ')) : []),
      ...(entity.countryCode ? field('Country', entity.countryCode) : []),
    ),
    h(
      'h4',
      {},
      kind === 'Actor' ? `Events taken part in (${events.length})` : `Events here (${events.length})`,
    ),
    eventList(events, `Events of ${entity.name}`, nav),
    h('h4', {}, kind === 'Actor' ? `Claims made (${claims.length})` : `Claims about it (${claims.length})`),
    claimList(claims, kind === 'Actor' ? `Claims by ${entity.name}` : `Claims about ${entity.name}`, nav),
  );
}

export function renderArticle(article: ArticleDetail, nav: Navigator): HTMLElement {
  return h(
    'article',
    { class: 'details', 'data-kind': 'Article', 'data-id': article.id },
    heading('Article', article.title, article.id, nav),
    h(
      'dl',
      {},
      ...field('Outlet', article.outlet ?? 'unknown'),
      ...field('Published', formatDate(article.publishedAt)),
      ...(article.wordCount ? field('Words', String(article.wordCount)) : []),
    ),
    article.url ? h('a', { href: article.url, rel: 'noopener noreferrer' }, 'Original article') : null,
  );
}

/** An outlet and the articles it published. */
export function renderOutlet(
  outlet: {
    id: string;
    name: string;
    articles: { id: string; title: string; publishedAt?: string | null }[];
  },
  nav: Navigator,
): HTMLElement {
  return h(
    'article',
    { class: 'details', 'data-kind': 'Outlet', 'data-id': outlet.id },
    heading('Outlet', outlet.name, outlet.id, nav),
    h('h4', {}, `Articles (${outlet.articles.length})`),
    h(
      'ul',
      { class: 'list', 'aria-label': `Articles published by ${outlet.name}` },
      ...outlet.articles.map((article) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'item',
              'data-id': article.id,
              onclick: () => nav.open(article.id, 'Article'),
            },
            h('span', { class: 'swatch kind-Article', 'aria-hidden': 'true' }),
            h('span', { class: 'item-kind' }, formatDate(article.publishedAt)),
            h('span', { class: 'item-text' }, article.title),
          ),
        ),
      ),
    ),
  );
}

/** Shown when a node has no details to load or is gone. */
export function renderPlain(kind: string, caption: string, id: string, nav: Navigator): HTMLElement {
  return h(
    'article',
    { class: 'details', 'data-kind': kind, 'data-id': id },
    heading(kind, caption, id, nav),
  );
}
