import type { Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import { sameClause } from './words.js';

/** A sentence that opens with a scene: 'At a recent conference …', 'During the summit …'. */
const SCENE_OPENER = /^\s*(?:at|during)\s/iu;
/** 'at the Royal Society in London': the place stands right after a locative preposition. */
const LOCATIVE_BEFORE = /(?<![\p{L}])(?:in|at)\s+(?:the\s+)?$/iu;
/** How far after the event noun the opening phrase may name its place. */
const SCENE_REACH = 120;

/**
 * The place of an event noun inside a sentence's opening scene ('At a recent conference for …
 * experts, at the Royal Society in London, Baroness Greenfield cautioned …'): the first place after a
 * locative preposition that follows the noun within the opening phrase, where commas join appositive
 * locatives of one scene. The phrase ends at the first actor named after the noun (the main clause's
 * subject). Undefined when the sentence opens with no scene or the noun is not in it.
 */
export function openingScenePlace(
  text: string,
  sentence: Sentence,
  mentions: readonly ResolvedMention[],
  triggerEnd: number,
): ResolvedMention | undefined {
  if (!SCENE_OPENER.test(sentence.text)) return undefined;
  for (const m of mentions) {
    if (m.evidence.start < triggerEnd) continue;
    if (m.evidence.start - triggerEnd > SCENE_REACH || !sameClause(text, triggerEnd, m.evidence.start)) break;
    if (
      m.kind === 'ACTOR' &&
      !/^\s*(?:in|at)\s+(?:the\s+)?$/iu.test(text.slice(m.evidence.start - 8, m.evidence.start))
    )
      return undefined;
    if (m.kind !== 'PLACE') continue;
    if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.evidence.start - 12), m.evidence.start))) return m;
  }
  return undefined;
}
