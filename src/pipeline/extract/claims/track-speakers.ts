import { wordsOf } from '../events/words.js';
import type { ClaimScope } from './claim-scope.js';
import { speakerAfter, speakerBefore } from './find-speaker.js';
import { insideQuote } from './mention-position.js';
import type { SpeakerEvent } from './resolve-reference.js';

/** A clause joint ('…, and Y said', '; Y said') or a quotation between two verbs: the second is not inside the first's content. */
const COORDINATION = /[;“”"]|,\s+(?:and|but|while|whereas)\b/;

/**
 * Who speaks where: one pass over the article's reporting verbs outside quotations, in text order,
 * each with its speaker ('X said', '…," said X', 'he added' resolved against the speakers before it).
 * The list is kept on the scope, so that a later 'he said', 'it added' or 'the firm said' goes to the
 * current speaker rather than to the nearest name.
 */
export function trackSpeakers(scope: ClaimScope): SpeakerEvent[] {
  const history: SpeakerEvent[] = [];
  scope.history = history;
  for (const sentence of scope.sentences) {
    const words = wordsOf(scope.text.slice(sentence.start, sentence.end), sentence.start);
    for (let i = 0; i < words.length; i++) {
      const verb = words[i]!;
      if (!scope.lexicon.verbKind.has(verb.lower) || (i > 0 && /^\p{Lu}/u.test(verb.text))) continue;
      if (insideQuote(scope, verb.start)) continue;
      // '"…," said X' names its speaker after the verb; ', said X.' too when no speaker stands before.
      const afterQuote = scope.quotes.some(
        (q) => q.close <= verb.start && /^[\s,]*$/.test(scope.text.slice(q.close, verb.start)),
      );
      const afterComma = /,\s*$/.test(scope.text.slice(sentence.start, verb.start));
      const speaker = afterQuote
        ? (speakerAfter(scope, verb.end, sentence.end) ?? speakerBefore(scope, verb.start, sentence.start))
        : (speakerBefore(scope, verb.start, sentence.start) ??
          (afterComma ? speakerAfter(scope, verb.end, sentence.end) : undefined));
      if (!speaker) continue;
      const main = history.findLast((e) => e.at >= sentence.start && !e.embedded);
      const embedded =
        main !== undefined &&
        main.mention.entityId !== speaker.mention.entityId &&
        !COORDINATION.test(scope.text.slice(main.at, verb.start));
      history.push({
        ...(embedded ? { embedded } : {}),
        mention: speaker.mention,
        at: verb.start,
        person: speaker.person ?? speaker.mention.type === 'PERSON',
        ...(speaker.gender ? { gender: speaker.gender } : {}),
      });
    }
  }
  return history;
}
