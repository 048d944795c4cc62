import { h, renderSegments, replace } from './dom.js';
import type { Navigator } from './details-panel.js';
import { completeEvidence, sentenceSegments } from './highlight.js';
import type { CreditClaim, EventSummary } from './queries.js';

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

/** One answer per credit claim: who claimed, whom they credit, the quote, and the articles reporting it. */
export function renderCreditAnswers(
  list: HTMLElement,
  event: string,
  answers: readonly CreditClaim[],
  nav: Navigator,
): void {
  if (answers.length === 0) {
    replace(list, h('li', { class: 'hint' }, `No credit claims found for “${event}”.`));
    return;
  }
  replace(
    list,
    ...answers.map((answer) => {
      const who = answer.claimant.name;
      const credited = answer.credited.map((actor) => actor.name).join(', ');
      const evidence = completeEvidence(answer.evidence[0]);
      return h(
        'li',
        { class: 'credit' },
        h(
          'button',
          {
            type: 'button',
            class: 'item',
            'data-id': answer.claim.id,
            'aria-label': `Open the claim by ${who}${credited ? ` crediting ${credited}` : ''} and its ${answer.sources.length} sources`,
            onclick: () => nav.open(answer.claim.id, 'Claim'),
          },
          h('span', { class: 'swatch kind-Claim', 'aria-hidden': 'true' }),
          h('span', { class: 'item-text' }, h('strong', {}, who), credited ? ` credits ${credited}` : ''),
        ),
        h(
          'blockquote',
          { class: 'evidence' },
          evidence ? renderSegments(sentenceSegments(evidence)) : answer.text,
        ),
        h(
          'p',
          { class: 'hint' },
          `${answer.sources.length} source${answer.sources.length === 1 ? '' : 's'}: `,
          answer.sources
            .map((source) => [source.title, source.outlet].filter(Boolean).join(' — '))
            .join('; '),
        ),
      );
    }),
  );
}
