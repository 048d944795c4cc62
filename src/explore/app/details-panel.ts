import { formatDate, h, renderSegments } from './dom.js';
import { articleSegments, sentenceSegments } from './highlight.js';
import type {
  ArticleDetail,
  ClaimDetail,
  ClaimSummary,
  EntityDetail,
  EventDetail,
  EvidenceFields,
  NamedRef,
  ReportEdge,
} from './queries.js';
import { kindStyle } from './graph-style.js';

/** What the panel can ask the page to do. */
export interface Navigator {
  /** Show another node's details. */
  open: (id: string, kind: string) => void;
  /** Draw a node's neighbourhood on the canvas. */
  draw: (id: string) => void;
}

/** The kind of a related node, from its GraphQL `__typename` or the fields it has. */
function refKind(ref: NamedRef, fallback: string): string {
  return ref.__typename ?? fallback;
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
  for (const ref of refs) list.append(h('li', {}, refLink(ref, refKind(ref, kind), nav)));
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

/** One reporting article: title, outlet, date, the sentence with the fact's span marked, and its context. */
function sourceItem(edge: ReportEdge<EvidenceFields & { dateText?: string | null; date?: string | null }>) {
  const { node: article, properties: evidence } = edge;
  const meta = [article.outlet, article.publishedAt].filter(Boolean).join(', ');
  const item = h(
    'li',
    { class: 'source', 'data-article-id': article.id },
    h('p', { class: 'source-title' }, h('strong', {}, article.title), meta ? ` — ${meta}` : ''),
    h('blockquote', { class: 'evidence' }, renderSegments(sentenceSegments(evidence))),
  );
  if (evidence.dateText || evidence.date) {
    item.append(
      h('p', { class: 'hint' }, `Date given: ${evidence.dateText ?? ''} ${evidence.date ? `(${evidence.date})` : ''}`),
    );
  }
  if (article.text) {
    item.append(
      h(
        'details',
        {},
        h('summary', {}, 'Show in the article'),
        h('p', { class: 'context' }, renderSegments(articleSegments(article.text, evidence))),
      ),
    );
  }
  if (article.url) item.append(h('a', { href: article.url, rel: 'noopener noreferrer' }, 'Original article'));
  return item;
}

function sourcesSection<P extends EvidenceFields>(edges: readonly ReportEdge<P>[]): HTMLElement {
  const titleId = 'details-sources-heading';
  return h(
    'section',
    { 'aria-labelledby': titleId },
    h('h4', { id: titleId }, `Reported by ${edges.length} article${edges.length === 1 ? '' : 's'}`),
    h('ol', { class: 'sources', 'aria-label': 'Reporting articles' }, ...edges.map(sourceItem)),
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
      ...field('About', refList(claim.about, 'Event', nav)),
      ...field('Kind', claim.kind.toLowerCase()),
      ...field('Speech', claim.direct ? 'direct quote' : 'reported speech'),
      ...field('Confidence', claim.confidence.toFixed(2)),
    ),
    sourcesSection(claim.reportedByConnection.edges),
  );
}

/** A list of claims whose items open the claim's details. */
export function claimList(claims: readonly ClaimSummary[], label: string, nav: Navigator): HTMLElement {
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
          h('span', { class: 'item-text' }, claim.claimant ? `${claim.claimant.name}: ${claim.text}` : claim.text),
        ),
      ),
    ),
  );
}

/** An event: date, place, participants with roles, the claims about it, and its reporting articles. */
export function renderEvent(event: EventDetail, nav: Navigator): HTMLElement {
  const participants = event.participantsConnection.edges;
  const roles = h(
    'ul',
    { class: 'inline-list', 'aria-label': 'Participants' },
    ...participants.map((edge) =>
      h('li', {}, refLink(edge.node, 'Actor', nav), h('span', { class: 'role' }, edge.properties.role.toLowerCase())),
    ),
  );
  const reportedDates = new Set(
    event.reportedByConnection.edges.map((edge) => edge.properties.date).filter((date): date is string => !!date),
  );
  const claims = event.claims.map((claim) => ({
    id: claim.id,
    kind: claim.kind,
    text: claim.text,
    claimant: claim.claimedBy[0] ? { id: claim.claimedBy[0].id, name: claim.claimedBy[0].name ?? '' } : null,
  }));
  return h(
    'article',
    { class: 'details', 'data-kind': 'Event', 'data-id': event.id },
    heading('Event', event.label, event.id, nav),
    h(
      'dl',
      {},
      ...field('Type', event.type.toLowerCase()),
      ...field(
        'Date',
        `${formatDate(event.date)}${event.datePrecision ? ` (${event.datePrecision.toLowerCase()})` : ''}`,
      ),
      ...(reportedDates.size > 1 ? field('Articles disagree', [...reportedDates].sort().join(' vs ')) : []),
      ...field('Place', refList(event.occurredIn, 'Place', nav)),
      ...field('Participants', participants.length ? roles : 'none recorded'),
    ),
    h('h4', {}, `Claims about it (${claims.length})`),
    claimList(claims, `Claims about ${event.label}`, nav),
    sourcesSection(event.reportedByConnection.edges),
  );
}

/** An actor or place: name, type, aliases, and the claims it made or that are about it. */
export function renderEntity(
  kind: 'Actor' | 'Place',
  entity: EntityDetail,
  claims: readonly ClaimSummary[],
  nav: Navigator,
): HTMLElement {
  return h(
    'article',
    { class: 'details', 'data-kind': kind, 'data-id': entity.id },
    heading(kind, entity.name, entity.id, nav),
    h(
      'dl',
      {},
      ...field('Type', entity.type.toLowerCase().replace(/_/g, ' ')),
      ...(entity.aliases.length ? field('Also called', entity.aliases.join(', ')) : []),
      ...(entity.titles?.length ? field('Titles', entity.titles.join(', ')) : []),
      ...(entity.countryCode ? field('Country', entity.countryCode) : []),
    ),
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

/** Shown for kinds with no detail query (Outlet) or when the node is gone. */
export function renderPlain(kind: string, caption: string, id: string, nav: Navigator): HTMLElement {
  return h('article', { class: 'details', 'data-kind': kind, 'data-id': id }, heading(kind, caption, id, nav));
}
