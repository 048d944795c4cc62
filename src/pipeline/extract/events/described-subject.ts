import cueData from '../../../knowledge/data/event-argument-cues.json' with { type: 'json' };
import type { Sentence } from '../../../domain.js';
import type { ResolvedMention } from '../context.js';
import type { TriggerLexicon } from './trigger-lexicon.js';

/** `mention`'s entity, as named by other words ('they', 'the group') at `start`..`end` of `sentence`. */
export function standIn(
  mention: ResolvedMention,
  sentence: Sentence,
  start: number,
  end: number,
  text: string,
): ResolvedMention {
  return {
    ...mention,
    surface: text.slice(start, end),
    evidence: {
      ...mention.evidence,
      sentenceIndex: sentence.index,
      sentence: sentence.text,
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
      start,
      end,
    },
  };
}

const STATE_SIDE = new Set(['STATE', 'GOVERNMENT_BODY', 'MILITARY']);
/** Actor types 'it' and 'the company' stand for (data/event-argument-cues.json). */
const ORGANISATION_TYPES: ReadonlySet<string> = new Set(cueData.organisationTypes);
/** 'the company announced it was to buy': a reference back to an organisation, then auxiliaries only. */
const ORGANISATION_SUBJECT = new RegExp(
  String.raw`(?<![\p{L}'’])(${cueData.organisationReferences.map((r) => r.replace(/ /g, String.raw`\s+`)).join('|')})(?:\s+(?:was|is|has|had|have|also|then|now|later|to|\p{Ll}+ly))*\s+$`,
  'iu',
);
/** How many sentences back the organisation such a reference stands for may have been named. */
const ORGANISATION_REACH = 3;

/** The company or organisation last named before `start`, when it was named within a few sentences. */
function lastOrganisation(
  mentions: readonly ResolvedMention[],
  start: number,
  sentence: Sentence,
): ResolvedMention | undefined {
  const last = mentions
    .filter((m) => m.evidence.end <= start && m.kind === 'ACTOR' && ORGANISATION_TYPES.has(m.type))
    .at(-1);
  return last && sentence.index - last.evidence.sentenceIndex <= ORGANISATION_REACH ? last : undefined;
}

/** The armed group most often named before `position`, when one leads. */
function leadingGroup(mentions: readonly ResolvedMention[], position: number): ResolvedMention | undefined {
  const counts = new Map<string, { m: ResolvedMention; n: number }>();
  for (const m of mentions) {
    if (m.evidence.start >= position) break;
    if (m.kind !== 'ACTOR' || m.type !== 'ARMED_GROUP') continue;
    const c = counts.get(m.entityId) ?? { m, n: 0 };
    c.n++;
    counts.set(m.entityId, c);
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  if (ranked.length === 0 || (ranked[1] && ranked[1].n * 2 > ranked[0]!.n)) return undefined;
  return ranked[0]!.m;
}

/**
 * The agent behind a description standing as the subject right before a trigger: 'the country's
 * forces' → the country last named; 'the terrorist organization, which' → the armed group the
 * article names most (when one clearly leads); 'the company announced it was to buy' → the company
 * or organisation last named, in the sentence or the few before.
 */
export function describedSubject(
  text: string,
  sentence: Sentence,
  before: string,
  mentions: readonly ResolvedMention[],
  lexicon: TriggerLexicon,
): ResolvedMention | undefined {
  const state = lexicon.stateSubject.exec(before);
  if (state) {
    const start = sentence.start + state.index;
    // The state itself, or one of its bodies (its side is the state, see event-identity.ts).
    const country = mentions
      .filter((m) => m.evidence.end <= start && m.kind === 'ACTOR' && STATE_SIDE.has(m.type))
      .at(-1);
    return country ? standIn(country, sentence, start, start + state[1]!.length, text) : undefined;
  }
  const group = lexicon.groupSubject.exec(before);
  if (group) {
    const start = sentence.start + group.index;
    const leader = leadingGroup(mentions, start);
    if (leader) return standIn(leader, sentence, start, start + group[1]!.length, text);
  }
  const organisation = ORGANISATION_SUBJECT.exec(before);
  if (organisation) {
    const start = sentence.start + organisation.index;
    const named = lastOrganisation(mentions, start, sentence);
    return named ? standIn(named, sentence, start, start + organisation[1]!.length, text) : undefined;
  }
  return undefined;
}
