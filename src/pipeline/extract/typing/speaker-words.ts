import { spellingKey } from '../../../knowledge/index.js';
import { wordClass } from '../word-classes.js';
import { CONFIDENCE } from './confidence.js';
import type { DraftMention, PendingWord } from './span-types.js';

/** What the speaker words are decided with: the article's typed names and its people's surnames. */
export interface SpeakerWordContext {
  byName: ReadonlyMap<string, DraftMention>;
  /** Surname (or '~' + its transliteration key) → the one person named in full with it, or null. */
  surnames: ReadonlyMap<string, DraftMention | null>;
  drafts: readonly DraftMention[];
  /** True for a sizeable town of the gazetteer ('Newcastle' begins 'Newcastle Evening Chronicle' but is no part of it). */
  isTown: (word: string) => boolean;
}

type Typed = Pick<DraftMention, 'kind' | 'type' | 'confidence' | 'cue'>;

/**
 * The actor one word before or after a speech verb stands for ('Blair said', 'said Johnson', 'NTL
 * said', 'Cairn argues'): an actor of the same name in the article; the person named in full with
 * that surname; the organisation whose name it begins ('Cairn Energy'), unless the word is a town; an organisation for an
 * acronym; else a person, unless the word is a common noun or adjective of English or a plural
 * ('Analysts said', 'Retail has said').
 */
export function speakerWordType(word: string, ctx: SpeakerWordContext): Typed | undefined {
  const known = ctx.byName.get(word);
  if (known?.kind === 'ACTOR')
    return { kind: 'ACTOR', type: known.type, confidence: CONFIDENCE.sameName, cue: 'same-name' };
  const person = ctx.surnames.get(word) ?? ctx.surnames.get(`~${spellingKey(word)}`);
  if (person) return { kind: 'ACTOR', type: 'PERSON', confidence: CONFIDENCE.surname, cue: 'surname' };
  const head = ctx.isTown(word)
    ? undefined
    : ctx.drafts.find((d) => d.kind === 'ACTOR' && d.type !== 'PERSON' && d.name.startsWith(`${word} `));
  if (head) return { kind: 'ACTOR', type: head.type, confidence: CONFIDENCE.sameName, cue: 'name-head' };
  if (/^\p{Lu}{2,}$/u.test(word))
    return { kind: 'ACTOR', type: 'ORGANISATION', confidence: CONFIDENCE.acronym, cue: 'acronym' };
  const cls = wordClass(word);
  if (cls === 'common-noun' || cls === 'adjective' || /[^s]s$/.test(word)) return undefined;
  return { kind: 'ACTOR', type: 'PERSON', confidence: CONFIDENCE.speechVerb, cue: 'speech-verb' };
}

/** The pending words marked as speakers, typed by {@link speakerWordType}; the others are left alone. */
export function resolveSpeakerWords<P extends PendingWord & { sentence: number }>(
  pending: readonly P[],
  ctx: SpeakerWordContext,
): (DraftMention & { sentence: number })[] {
  const out: (DraftMention & { sentence: number })[] = [];
  for (const p of pending) {
    if (!p.speaker) continue;
    const typed = speakerWordType(p.text, ctx);
    if (typed)
      out.push({ start: p.start, end: p.end, name: p.text, titles: [], sentence: p.sentence, ...typed });
  }
  return out;
}
