import type { Knowledge } from './knowledge.js';
import { lowerOf } from './sentence-view.js';
import type { SentenceView } from './sentence-view.js';

/** What an NLP library said a span is, used only when the extractor's own cues are silent. */
export type CandidateHint = 'PERSON' | 'PLACE' | 'ORGANISATION';

/** A run of tokens that may be a name: `tokens[from..to)` of one sentence. */
export interface CandidateSpan {
  from: number;
  to: number;
  hint?: CandidateHint;
}

/** Lower-case words that may sit inside a name between capitalised words ("Temple of Bel"). */
const CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'de', 'du', 'da', 'di', 'del', 'della', 'von', 'van']);

/**
 * The extractor's own candidate generator: maximal runs of capitalised words, joined across
 * connectors ("Syrian Observatory for Human Rights", "Temple of Baalshamin") and name particles
 * ("Abd al-Rahman", "bin Laden"). A possessive ends the run.
 */
export function capitalisedSpans(view: SentenceView, knowledge: Knowledge): CandidateSpan[] {
  const { tokens } = view;
  const spans: CandidateSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (!token.word || !token.capitalised) {
      i += 1;
      continue;
    }
    let j = i + 1;
    let end = i + 1;
    let last = token;
    while (j < tokens.length && !last.possessive) {
      const next = tokens[j]!;
      if (next.word && next.capitalised) {
        end = j + 1;
        last = next;
        j += 1;
        continue;
      }
      const lower = lowerOf(next);
      const joinable =
        (CONNECTORS.has(lower) && lower !== 'and' && lower !== '&') || knowledge.nameParticles.has(lower);
      // "and" / "&" join only inside a title-case run of three or more words ("Cenk & Bernie Show").
      const weakJoin = (lower === 'and' || lower === '&') && end - i >= 2;
      if (joinable || weakJoin) {
        // a connector joins only when a capitalised word follows (possibly after "the")
        let k = j + 1;
        if (lowerOf(tokens[k]) === 'the' && lower !== 'the') k += 1;
        const after = tokens[k];
        if (after !== undefined && after.word && after.capitalised && !(weakJoin && after.initial)) {
          j = k;
          continue;
        }
      }
      break;
    }
    spans.push({ from: i, to: end });
    i = Math.max(end, i + 1);
  }
  return spans;
}
