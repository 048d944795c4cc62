import type { ResolvedMention } from '../context.js';
import { isModifier, isPreposed } from './mention-position.js';
import type { RoleScope } from './role-scope.js';
import { speaksBefore } from './speaker-before.js';
import { addressedSpeakerVerb } from './addressed-speaker.js';
import { sameClause, wordsOf } from './words.js';

function start(m: ResolvedMention): number {
  return m.evidence.start;
}
function end(m: ResolvedMention): number {
  return m.evidence.end;
}

const MAX_SUBJECT_GAP = 120;
const MAX_OBJECT_GAP = 45;

/** Relative pronouns between a subject and its verb. */
const RELATIVE = /\b(?:which|who|whose)\b/g;
/** Words that open a relative clause between a trigger and a later noun. */
export const RELATIVE_OPENER = /\b(?:that|which|who|whom|whose|where)\b/;
/** 'beheaded the former head of antiquities, Omar Hale': a description, then the name. */
const APPOSITION_GAP = /^\s+(?:the|a|an|his|her|its|their)\s+[^,.;:]{1,60},\s*$/u;

/**
 * The nearest subject to the left of `position` in the same clause. A relative pronoun between
 * them ('the tidal wave which killed') means the subject is that pronoun's own noun, unless it
 * follows the mention directly ('Syrian forces, which …'). For a passive, the subject must stand
 * close to the verb or be followed by an apposition ('Palmyra, an ancient city …, was captured').
 * A mention right before the 'to' of an infinitive is the object of the verb before it, so the
 * infinitive's subject is that verb's ('Vance beat Reyes to win'). A mention followed by a speech verb
 * that opens the trigger's clause is its speaker, not its subject (`speaksBefore`); the one spoken
 * to before a reported clause opening with a pronoun gives way to the speaker (`addressedSpeakerVerb`).
 */
export function subjectBefore(
  scope: RoleScope,
  position: number,
  allowPlace: boolean,
  passive = false,
): ResolvedMention | undefined {
  for (let i = scope.mentions.length - 1; i >= 0; i--) {
    const m = scope.mentions[i]!;
    if (end(m) > position) continue;
    if (position - end(m) > MAX_SUBJECT_GAP || !sameClause(scope.text, end(m), position)) return undefined;
    if (scope.excluded.has(m) || isModifier(scope, m) || isPreposed(scope, m, position)) continue;
    if (m.kind === 'PLACE' && !allowPlace) continue;
    const gap = scope.text.slice(end(m), position);
    const relatives = [...gap.matchAll(RELATIVE)];
    const relative = relatives.at(-1);
    if (relative && !/^\s*,?\s*$/.test(gap.slice(0, relative.index))) return undefined;
    if (relative?.[0] === 'whose') return undefined;
    if (passive && gap.length > 60 && !/^\s*,/.test(gap)) return undefined;
    // 'X said 400 fighters died': X speaks; the reported clause's subject is not a mention.
    if (speaksBefore(gap)) return undefined;
    // 'Acme told the Courier website it was investigating': the pronoun stands for the speaker.
    const told = addressedSpeakerVerb(scope.text, m, gap);
    if (told !== undefined) return subjectBefore(scope, told, allowPlace);
    // 'held off the USA to win', 'overhauled X to win': X is the object of the verb before it; the
    // infinitive's subject is that verb's.
    if (/^\s+to\s+$/.test(gap) && !passive) return subjectBefore(scope, start(m), allowPlace);
    return m;
  }
  return undefined;
}

/** The first mention after `position`, when only a few words (no comma) stand between. */
export function objectAfter(
  scope: RoleScope,
  position: number,
  maxGap = MAX_OBJECT_GAP,
): ResolvedMention | undefined {
  const m = scope.mentions.find((x) => start(x) >= position);
  if (m === undefined || start(m) - position > maxGap) return undefined;
  const gap = scope.text.slice(position, start(m));
  if (/[,]/.test(gap) || !sameClause(scope.text, position, start(m))) return undefined;
  const words = wordsOf(gap);
  // A preposition other than 'of' inside the gap means the mention is not the object.
  if (words.some((w) => w.lower !== 'of' && scope.lexicon.prepositions.has(w.lower))) return undefined;
  // 'attacked the way the Iraq war …': a second article starts another noun phrase.
  if (
    words.filter((w) => ['the', 'a', 'an'].includes(w.lower)).length >= 2 &&
    !words.some((w) => w.lower === 'of')
  )
    return undefined;
  if (scope.excluded.has(m)) return undefined;
  return m;
}

/** A named person standing in apposition to the object ('killed the mayor of the town, Omar Hale'). */
export function appositionAfter(scope: RoleScope, position: number): ResolvedMention | undefined {
  const m = scope.mentions.find((x) => start(x) >= position);
  if (m === undefined || m.type !== 'PERSON' || scope.excluded.has(m)) return undefined;
  const gap = scope.text.slice(position, start(m));
  if (!sameClause(scope.text, position, start(m)) || !APPOSITION_GAP.test(gap)) return undefined;
  return m;
}
