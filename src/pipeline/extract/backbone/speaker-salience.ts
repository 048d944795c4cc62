import type { ActorType } from '../../../domain.js';
import type { ParsedSentence } from '../../../nlp/index.js';
import type { ResolvedMention } from '../context.js';
import type { BackboneKnowledge, PronounKind } from './backbone-knowledge.js';

/** How far back an antecedent is looked for: the speaker's sentence and the three before it. */
const SENTENCES_BACK = 3;
/** How far back the current speaker keeps the floor, in sentences. */
const SPEAKER_REACH = 8;

/** What a pronoun or a noun phrase speaker can stand for. */
export type SpeakerWant = { pronoun: PronounKind } | { type: ActorType } | { person: true };

function compatible(m: ResolvedMention, want: SpeakerWant, k: BackboneKnowledge): boolean {
  if (m.kind !== 'ACTOR') return false;
  if ('person' in want) return m.type === 'PERSON';
  if ('type' in want) {
    if (want.type === m.type) return true;
    // 'the firm' for an organisation the rules could not type further.
    return m.type === 'ORGANISATION' && (want.type === 'COMPANY' || want.type === 'SPORTS_TEAM');
  }
  const titles = m.titles.map((t) => t.toLowerCase().replace(/\.$/, ''));
  switch (want.pronoun) {
    case 'PERSON_MALE':
      return m.type === 'PERSON' && !titles.some((t) => k.femaleTitles.has(t));
    case 'PERSON_FEMALE':
      return m.type === 'PERSON' && !titles.some((t) => k.maleTitles.has(t));
    case 'GROUP_SINGULAR':
    case 'GROUP_PLURAL':
      return m.type !== 'PERSON';
    case 'PERSON_PLURAL':
      return false;
  }
}

/** True when the mention is the subject of a speech verb in a parsed sentence: the current speaker. */
function isSpeaker(
  m: ResolvedMention,
  parsed: Map<number, ParsedSentence>,
  speechVerb: (word: string) => boolean,
): boolean {
  const p = parsed.get(m.evidence.sentenceIndex);
  if (!p) return false;
  const subjectOfSpeech = (i: number): boolean =>
    p.dependencies.some((d) => {
      const head = p.tokens[d.head];
      return (
        d.dependent === i &&
        d.rel === 'nsubj' &&
        head !== undefined &&
        (speechVerb(head.text.toLowerCase()) || speechVerb(head.lemma))
      );
    });
  // 'The woman's lawyer, Dolores Troiani, said': a name in apposition to the subject speaks too.
  const apposedToSubject = (i: number): boolean =>
    p.dependencies.some((d) => d.dependent === i && d.rel === 'appos' && subjectOfSpeech(d.head));
  return p.tokens.some(
    (t) =>
      t.start >= m.evidence.start &&
      t.end <= m.evidence.end &&
      (subjectOfSpeech(t.i) || apposedToSubject(t.i)),
  );
}

/** True when the mention is a grammatical subject: by the parse where its sentence has one, else by being its sentence's first actor. */
function inSubjectPosition(
  m: ResolvedMention,
  mentions: ResolvedMention[],
  parsed: Map<number, ParsedSentence>,
): boolean {
  const p = parsed.get(m.evidence.sentenceIndex);
  if (p && p.dependencies.length > 0) {
    return p.tokens.some(
      (t) =>
        t.start >= m.evidence.start &&
        t.end <= m.evidence.end &&
        p.dependencies.some((d) => d.dependent === t.i && (d.rel === 'nsubj' || d.rel === 'nsubj:pass')),
    );
  }
  const first = mentions.find(
    (o) => o.kind === 'ACTOR' && o.evidence.sentenceIndex === m.evidence.sentenceIndex,
  );
  return first === m;
}

/**
 * The antecedent of a pronoun or noun-phrase speaker ('he said', 'it added', 'the firm said'), by one
 * salience rule. Candidates: the actor mentions before `position` in its sentence and the three sentences
 * before, outside quotations, compatible with what the speaker can stand for (a person of the pronoun's
 * gender — a title like Mrs or Sir rules the other out; a group for 'it'/'they'; the head noun's type for
 * 'the firm', 'the ministry'; any person for 'the manager'). Chosen: a subject of the same or the previous
 * sentence when it is newer than the current speaker; else the most recent actor within eight sentences
 * that is itself the subject of a speech verb (the current speaker keeps the floor); else the most recent
 * in subject position; else the most recent. Undefined when there is none.
 */
export function resolveSpeaker(
  want: SpeakerWant,
  position: number,
  sentenceIndex: number,
  context: {
    mentions: ResolvedMention[];
    parsed: Map<number, ParsedSentence>;
    knowledge: BackboneKnowledge;
    /** True inside a quotation: names quoted are not the story's speakers. */
    quoted: (offset: number) => boolean;
    speechVerb: (word: string) => boolean;
  },
): ResolvedMention | undefined {
  const { mentions, parsed } = context;
  const fits = (m: ResolvedMention, back: number) =>
    m.evidence.end <= position &&
    m.evidence.sentenceIndex >= sentenceIndex - back &&
    !context.quoted(m.evidence.start) &&
    compatible(m, want, context.knowledge);
  const window = mentions.filter((m) => fits(m, SENTENCES_BACK));
  const latest = (list: ResolvedMention[], test: (m: ResolvedMention) => boolean) => {
    for (let i = list.length - 1; i >= 0; i -= 1) if (test(list[i] as ResolvedMention)) return list[i];
    return undefined;
  };
  const speaker = latest(
    mentions.filter((m) => fits(m, SPEAKER_REACH)),
    (m) => isSpeaker(m, parsed, context.speechVerb),
  );
  // A subject of the same or the previous sentence newer than the current speaker takes the floor
  // ('Celtic manager O'Neill is no respecter of reputations. "…," he said.').
  const subject = latest(
    window.filter((m) => m.evidence.sentenceIndex >= sentenceIndex - 1),
    (m) => inSubjectPosition(m, mentions, parsed),
  );
  if (subject && (!speaker || subject.evidence.start > speaker.evidence.start)) return subject;
  return (
    speaker ?? latest(window, (m) => inSubjectPosition(m, mentions, parsed)) ?? window[window.length - 1]
  );
}
