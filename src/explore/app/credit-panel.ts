import { h, renderSegments, replace } from './dom.js';
import type { Navigator } from './details-panel.js';
import { completeEvidence, sentenceSegments } from './highlight.js';
import type { CreditAnswer, EventMatch, EventSummary } from './queries.js';

/**
 * The events that credit claims are about, most-credited first (ties by label), each once.
 */
export function rankCreditEvents(
  claims: readonly { aboutEvents: readonly EventSummary[] }[],
): EventSummary[] {
  const counts = new Map<string, { event: EventSummary; count: number }>();
  for (const claim of claims) {
    for (const event of claim.aboutEvents) {
      const entry = counts.get(event.id);
      if (entry) entry.count += 1;
      else counts.set(event.id, { event, count: 1 });
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.event.label.localeCompare(b.event.label))
    .map((entry) => entry.event);
}

/**
 * Fills the suggestion buttons (and the input's datalist) with events worth asking about, so a new user
 * can ask "Who claimed credit?" with one click.
 */
export function renderSuggestions(
  list: HTMLElement,
  datalist: HTMLElement,
  events: readonly EventSummary[],
  ask: (label: string) => void,
): void {
  replace(
    list,
    ...events.map((event) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'chip',
            'data-id': event.id,
            'aria-label': `Who claimed credit for ${event.label}?`,
            onclick: () => ask(event.label),
          },
          event.label,
        ),
      ),
    ),
  );
  replace(datalist, ...events.map((event) => h('option', { value: event.label })));
}

/** How an event was matched, in words: "palmyra = place Palmyra, recapture = type RECAPTURE". */
export function matchReason(match: EventMatch): string {
  const how: Readonly<Record<string, string>> = {
    PLACE: 'place',
    ACTOR: 'actor',
    EVENT_TYPE: 'type',
    TEXT: 'word',
    DATE: 'date',
  };
  const terms = match.terms.map((term) =>
    term.as === 'TEXT'
      ? `“${term.term}” in its text`
      : `${term.term} = ${how[term.as] ?? term.as} ${term.value}`,
  );
  return `${terms.length > 0 ? terms.join(', ') : 'its words'}; score ${match.score}${match.widened ? ', widened: same campaign, same place' : ''}`;
}

function eventButton(match: EventMatch, nav: Navigator, cls: string): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: cls,
      'data-id': match.event.id,
      title: matchReason(match),
      'aria-label': `Open the event ${match.event.label} (${matchReason(match)})`,
      onclick: () => nav.open(match.event.id, 'Event'),
    },
    match.event.label,
  );
}

/**
 * The answer to "Who claimed credit?": first which events the question was matched to and why (or, when
 * none, why not and the closest events), then one item per credit claim: who claimed, whom they credit, the
 * quote, and the articles reporting it.
 */
export function renderCreditAnswers(
  list: HTMLElement,
  event: string,
  answer: CreditAnswer,
  nav: Navigator,
): void {
  const matched = h(
    'li',
    { class: 'hint matched', 'data-matched': answer.matched.map((match) => match.event.id).join(' ') },
    answer.note,
    ...(answer.matched.length > 0
      ? [
          h(
            'span',
            { class: 'chips' },
            ...answer.matched.slice(0, 5).map((match) => eventButton(match, nav, 'chip')),
          ),
        ]
      : []),
  );
  if (answer.items.length === 0) {
    replace(
      list,
      matched,
      ...(answer.suggestions.length > 0
        ? [
            h(
              'li',
              { class: 'hint suggestions', 'aria-label': `Events close to “${event}”` },
              'Closest events: ',
              ...answer.suggestions.map((match) => eventButton(match, nav, 'chip')),
            ),
          ]
        : []),
    );
    return;
  }
  replace(
    list,
    matched,
    ...answer.items.map((item) => {
      const who = item.claimant.name;
      const credited = item.credited.map((actor) => actor.name).join(', ');
      const evidence = completeEvidence(item.evidence[0]);
      return h(
        'li',
        { class: 'credit' },
        h(
          'button',
          {
            type: 'button',
            class: 'item',
            'data-id': item.claim.id,
            'aria-label': `Open the claim by ${who}${credited ? ` crediting ${credited}` : ''} and its ${item.sources.length} sources`,
            onclick: () => nav.open(item.claim.id, 'Claim'),
          },
          h('span', { class: 'swatch kind-Claim', 'aria-hidden': 'true' }),
          h('span', { class: 'item-text' }, h('strong', {}, who), credited ? ` credits ${credited}` : ''),
        ),
        h(
          'blockquote',
          { class: 'evidence' },
          evidence ? renderSegments(sentenceSegments(evidence)) : item.text,
        ),
        h(
          'p',
          { class: 'hint' },
          item.event ? `About “${item.event.label}”. ` : '',
          `${item.sources.length} source${item.sources.length === 1 ? '' : 's'}: `,
          item.sources.map((source) => [source.title, source.outlet].filter(Boolean).join(' — ')).join('; '),
        ),
      );
    }),
  );
}
