import type { ResolvedMention } from '../context.js';
import { DETERMINERS } from '../events/words.js';
import type { Word } from '../events/words.js';
import type { ClaimScope, Speaker } from './claim-scope.js';
import { modifiesOtherNoun } from './mention-position.js';
import { resolveReference, type ReferenceWant } from './resolve-reference.js';

/** A speaker named by a common noun phrase: 'the firm', 'The Australian firm', 'a spokesman', 'the 22-year-old'. */
export interface NounPhrase {
  want: ReferenceWant;
  start: number;
  end: number;
  /** The head names a person ('spokesman', 'manager'), who may stand for an organisation named inside. */
  person: boolean;
}

/**
 * The noun phrase whose head is `words[k]`: a determiner, up to three modifiers, and a head noun that
 * names an organisation ('firm', 'ministry', 'club') or a person ('spokesman', 'manager', '22-year-old').
 */
export function nounPhraseAt(scope: ClaimScope, words: readonly Word[], k: number): NounPhrase | undefined {
  const head = words[k];
  if (!head || !/^\p{Ll}/u.test(head.text.replace(/^\d+-/, 'x'))) return undefined;
  const ref = scope.lexicon.reference;
  const type = ref.groupHeads.get(head.lower);
  const person = ref.personHeads.has(head.lower) || scope.lexicon.syntax.personAgeHead.test(head.lower);
  if (type === undefined && !person) return undefined;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const word = words[j]!;
    if (/[^\s-]/.test(scope.text.slice(word.end, words[j + 1]!.start))) return undefined;
    if (!DETERMINERS.has(word.lower) || word.lower === 'that') continue;
    const want: ReferenceWant = person ? { person: true } : { person: false, type: type! };
    return { want, start: word.start, end: head.end, person };
  }
  return undefined;
}

/** The actor named inside a noun phrase that speaks for it ('A Labour Party spokesman', 'the Fox network'). */
function namedInside(scope: ClaimScope, np: NounPhrase): ResolvedMention | undefined {
  return scope.mentions.find(
    (m) =>
      m.kind === 'ACTOR' &&
      m.evidence.start >= np.start &&
      m.evidence.end <= np.end &&
      m.type !== 'PERSON' &&
      !modifiesOtherNoun(scope, m),
  );
}

/** The speaker a noun phrase stands for: an organisation named inside it, else the actor it refers back to. */
export function nounPhraseSpeaker(scope: ClaimScope, np: NounPhrase): Speaker | undefined {
  const inside = namedInside(scope, np);
  if (inside) return { mention: inside, how: 'named', person: np.person };
  const found = resolveReference(scope, np.want, np.start);
  return found ? { mention: found.mention, how: 'noun-phrase', person: found.person } : undefined;
}
