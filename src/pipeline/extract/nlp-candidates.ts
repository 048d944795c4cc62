import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import type { ItemToken, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { CandidateHint, CandidateSpan } from './candidates.js';
import type { SentenceView } from './sentence-view.js';
import { loadWordLists } from '../../knowledge/index.js';

/** A particle that continues a name the tagger split (`src/knowledge/data/name-words.json`). */
const JOINING_PARTICLE = loadWordLists().name.joiningParticle;

/** A character span an NLP library proposed, with its type if it gave one. */
interface CharSpan {
  start: number;
  end: number;
  hint?: CandidateHint;
}

/** Maps character spans (article offsets) onto token ranges of each sentence. */
function toTokenSpans(view: SentenceView, spans: CharSpan[]): CandidateSpan[] {
  const result: CandidateSpan[] = [];
  for (const span of spans) {
    if (span.end <= view.sentence.start || span.start >= view.sentence.end) continue;
    let from = -1;
    let to = -1;
    view.tokens.forEach((token, index) => {
      if (token.start >= span.start && token.end <= span.end + 2 && token.word) {
        if (from === -1) from = index;
        to = index + 1;
      }
    });
    if (from >= 0) result.push({ from, to, ...(span.hint ? { hint: span.hint } : {}) });
  }
  return result;
}

interface CompromiseMatch {
  text: string;
  offset: { start: number; length: number };
}

/**
 * Candidates from compromise (rule-based English NLP): its people, places and organisations,
 * each keeping compromise's type as a hint.
 */
export function compromiseSpans(text: string, views: SentenceView[]): CandidateSpan[][] {
  const doc = nlp(text);
  const spans: CharSpan[] = [];
  const collect = (matches: CompromiseMatch[], hint: CandidateHint): void => {
    for (const m of matches) {
      // compromise reports the match with trailing punctuation trimmed; take the name part only
      const raw = text.slice(m.offset.start, m.offset.start + m.offset.length);
      const trimmed = raw.replace(/[\s.,;:!?'"”’)]+$/u, '');
      spans.push({ start: m.offset.start, end: m.offset.start + trimmed.length, hint });
    }
  };
  collect(doc.people().json({ offset: true }) as CompromiseMatch[], 'PERSON');
  collect(doc.places().json({ offset: true }) as CompromiseMatch[], 'PLACE');
  collect(doc.organizations().json({ offset: true }) as CompromiseMatch[], 'ORGANISATION');
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return views.map((view) => toTokenSpans(view, spans));
}

let wink: WinkMethods | undefined;

/**
 * Candidates from wink-nlp (statistical POS tagger, `wink-eng-lite-web-model`): maximal runs of
 * proper-noun tokens. The lite model has no person/place/organisation entities, so no hint.
 */
export function winkSpans(views: SentenceView[]): CandidateSpan[][] {
  wink ??= winkNLP(model);
  const its = wink.its;
  return views.map((view) => {
    const doc = wink!.readDoc(view.sentence.text);
    const spans: CharSpan[] = [];
    let cursor = 0;
    let open: CharSpan | undefined;
    doc.tokens().each((token: ItemToken) => {
      // wink's `its.*` helpers are plain functions meant to be passed to `out()` unbound
      // eslint-disable-next-line @typescript-eslint/unbound-method
      const value = String(token.out(its.value));
      // eslint-disable-next-line @typescript-eslint/unbound-method
      const pos = String(token.out(its.pos));
      const at = view.sentence.text.indexOf(value, cursor);
      if (at < 0) return;
      cursor = at + value.length;
      const start = view.sentence.start + at;
      const end = start + value.length;
      // "al-Assad" is split as al / - / Assad: let hyphens and particles continue a run
      const joins = open !== undefined && (value === '-' || JOINING_PARTICLE.test(value));
      if (pos === 'PROPN' || joins) {
        if (open && start - open.end <= 1) open.end = end;
        else {
          if (open) spans.push(open);
          open = { start, end };
        }
      } else if (open) {
        spans.push(open);
        open = undefined;
      }
    });
    if (open) spans.push(open);
    return toTokenSpans(view, spans);
  });
}
