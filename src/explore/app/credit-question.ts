import type { GraphQLRequest } from './api.js';
import { rankCreditEvents, renderCreditAnswers, renderSuggestions } from './credit-panel.js';
import type { Navigator } from './details-panel.js';
import { byId } from './dom.js';
import { CREDIT_SUGGESTIONS, WHO_CLAIMED_CREDIT } from './queries.js';
import type { CreditSuggestionsResult, WhoClaimedCreditResult } from './queries.js';
import type { StatusLine } from './status-line.js';

const SUGGESTION_COUNT = 6;
/** How many credit claims to read when choosing suggestions (the API's page maximum is 200). */
const SUGGESTION_SCAN = 200;

/** What the "Who claimed credit?" panel needs from the page. */
export interface CreditQuestionDeps {
  request: GraphQLRequest;
  task: StatusLine['task'];
  nav: Navigator;
  /** Draws the event the answers are about, unless something is on the canvas already. */
  drawIfEmpty: (eventId: string) => Promise<void>;
}

/** The "Who claimed credit?" panel: asking the question, and the events suggested for it. */
export interface CreditQuestion {
  ask: (event: string) => Promise<void>;
  loadSuggestions: () => Promise<void>;
}

/** The panel over `#credit-answers`, `#credit-suggestions`, `#credit-options` and `#credit-input`. */
export function createCreditQuestion({
  request,
  task,
  nav,
  drawIfEmpty,
}: CreditQuestionDeps): CreditQuestion {
  async function ask(event: string): Promise<void> {
    const answers = byId('credit-answers');
    const data = await task(`Asking who claimed credit for “${event}”…`, () =>
      request<WhoClaimedCreditResult>(WHO_CLAIMED_CREDIT, { event }),
    );
    if (!data) return;
    renderCreditAnswers(answers, event, data.whoClaimedCredit, nav);
    const found = data.whoClaimedCredit.matched[0]?.event;
    if (found) await drawIfEmpty(found.id);
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
        void ask(label);
      },
    );
  }

  return { ask, loadSuggestions };
}
