import type { EventType, ParticipantRole } from '../../../domain.js';

/** Events of one family are the same kind of happening; capture and recapture both change who holds a place. */
export type EventFamily = 'CONTROL' | Exclude<EventType, 'CAPTURE' | 'RECAPTURE'>;

/** One trigger word (or phrase) and what it means. */
export interface TriggerEntry {
  /** Lower-case words of the trigger, e.g. ['air', 'strikes'] or ['drove']. */
  words: string[];
  /** Particle of a phrasal verb, which may stand after the object ('drove the militants out'). */
  particle?: string;
  type: EventType;
  family: EventFamily;
  nominal: boolean;
  /** Role of an actor named as the object ('killed X' → VICTIM); null: an actor object is not a participant. */
  objectRole: ParticipantRole | null;
  /** Role of the subject of the active verb; AGENT unless the data says ('lost' → TARGET). */
  subjectRole: ParticipantRole;
  /** The subject is the place ('Palmyra fell to …'). */
  subjectIsPlace: boolean;
  /** Counts only near conflict vocabulary. */
  needsContext: boolean;
  /** The conflict vocabulary (or an armed group) must be in the trigger's own sentence. */
  contextInSentence: boolean;
  /** Counts only with a named place right after it ('took Palmyra', not 'took part'). */
  needsPlaceObject: boolean;
  /** Counts only with this word right after it ('fell to', 'cleared of'). */
  needsPrep?: string;
  /** Nominal that counts only as '<noun> of <place>'. */
  needsOfPlace: boolean;
  /** A past participle (for passives). */
  participle: boolean;
  /** Words one of which must stand near the trigger in its sentence ('won' + 'election'); absent: none needed. */
  cues?: TriggerCues;
  /** A light verb that yields to an event noun right after it ('signed a deal'). */
  support: boolean;
  /** A passive of this reading followed by this word is an idiom ('was met with protests'), not the event. */
  passiveNot?: string;
  /** The reading does not count in a sentence about armed conflict. */
  notInConflict: boolean;
  /** A one-word noun that counts capitalised too ('Hurricane Frances'); others count in lower case only. */
  capitalised?: boolean;
  /**
   * What the trigger needs to count: `legacy` (the military rules: a place, or a named sufferer),
   * `participant` (an actor as agent or target), `agent`, `target`, `count` (a number the kind
   * measures), `any` (an actor, a place tied by syntax, a date or a number), or `cue` (its cue words
   * alone: 'shares rose').
   */
  requires: TriggerRequirement;
}

/** See `TriggerEntry.requires`. */
export type TriggerRequirement = 'legacy' | 'participant' | 'agent' | 'target' | 'count' | 'any' | 'cue';

/** Cue words of a trigger reading, compiled. */
export interface TriggerCues {
  words: ReadonlySet<string>;
  /** Multi-word cues, as lower-case word lists. */
  phrases: readonly string[][];
  /** A result like '2-1' nearby counts as a cue. */
  score: boolean;
  /** An amount ('$2m', '£1.2bn') nearby counts as a cue. */
  money: boolean;
  /** A percentage ('19%', '3 per cent') nearby counts as a cue. */
  percent: boolean;
  /** A named actor right after the trigger counts as a cue. */
  actor: boolean;
}

/** All trigger entries, indexed by their first word. */
export interface TriggerLexicon {
  byFirstWord: Map<string, TriggerEntry[]>;
  /** 'backed by', 'with the help of' … as one pattern. */
  supporterCues: RegExp;
  supporterVerbs: Set<string>;
  /** 'under the orders of', 'at the hands of' … : the actor after them carried the action out. */
  agentCues: RegExp;
  /** 'conducted', 'launched', 'carried out' …: support verbs whose subject is the agent of an event noun. */
  lightVerbs: RegExp;
  /** 'hundreds', 'dozens' …: 'hundreds of X supporters' has X in subject position. */
  quantityWords: Set<string>;
  /** 'the terrorist organization' as the subject right before a trigger: the article's armed group. */
  groupSubject: RegExp;
  /** 'the Olympic champion' (a person's role noun after 'the', two modifiers at most), as a subject: the person last named. */
  personHeads: RegExp;
  /** 'the country's forces' as the subject right before a trigger: the country last named. */
  stateSubject: RegExp;
  /** Kinds whose verb counts in an article's lead without a named actor. */
  leadKinds: ReadonlySet<EventType>;
  /** Modal, conditional, request and negation words: a trigger right after one is no reported event. */
  irrealis: Set<string>;
  prepositions: Set<string>;
  /** 'every month', 'each year' …: a trigger in a clause with one tells a habit, not an event. */
  habitualCues: RegExp;
  /** 'like', 'such as', 'as happened in' …: a trigger right after one is told as background. */
  comparisonCues: RegExp;
  beForms: Set<string>;
  conflictContext: Set<string>;
}

/** The family an event type belongs to. */
export function familyOf(type: EventType): EventFamily {
  return type === 'CAPTURE' || type === 'RECAPTURE' ? 'CONTROL' : type;
}
