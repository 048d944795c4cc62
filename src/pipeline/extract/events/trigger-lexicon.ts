import {
  EVENT_TYPES as EVENT_TYPE_LIST,
  PARTICIPANT_ROLES,
  type EventType,
  type ParticipantRole,
} from '../../../domain.js';
import roleData from '../../../knowledge/data/event-roles.json' with { type: 'json' };
import triggerData from '../../../knowledge/data/event-triggers.json' with { type: 'json' };
import { phrasePattern } from './words.js';

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
}

interface RawVerb {
  forms: string;
  type: string;
  particle?: string;
  objectRole?: string | null;
  subjectRole?: string;
  subjectIsPlace?: boolean;
  needsContext?: boolean;
  contextInSentence?: boolean;
  needsPlaceObject?: boolean;
  needsPrep?: string;
}

interface RawNoun {
  forms: string;
  type: string;
  needsContext?: boolean;
  contextInSentence?: boolean;
  needsOfPlace?: boolean;
}

const EVENT_TYPES = new Set<string>(EVENT_TYPE_LIST);
const ROLES = new Set<string>(PARTICIPANT_ROLES);

function asType(value: string): EventType {
  if (!EVENT_TYPES.has(value)) throw new Error(`event-triggers.json: unknown event type ${value}`);
  return value as EventType;
}

function asRole(value: string | null | undefined, fallback: ParticipantRole | null): ParticipantRole | null {
  if (value === null || value === undefined) return fallback;
  if (!ROLES.has(value)) throw new Error(`event-triggers.json: unknown role ${value}`);
  return value as ParticipantRole;
}

/** The family an event type belongs to. */
export function familyOf(type: EventType): EventFamily {
  return type === 'CAPTURE' || type === 'RECAPTURE' ? 'CONTROL' : type;
}

const IRREGULAR_PARTICIPLES = new Set([
  'taken',
  'retaken',
  're-taken',
  'driven',
  'blown',
  'shot',
  'lost',
  'fallen',
  'laid',
  'withdrawn',
  'fled',
  'overrun',
  'won',
]);

function isParticiple(form: string): boolean {
  return /(?:ed|en)$/.test(form) || IRREGULAR_PARTICIPLES.has(form);
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
  /** 'the country's forces' as the subject right before a trigger: the country last named. */
  stateSubject: RegExp;
  /** Modal, conditional, request and negation words: a trigger right after one is no reported event. */
  irrealis: Set<string>;
  prepositions: Set<string>;
  beForms: Set<string>;
  conflictContext: Set<string>;
}

/**
 * A description standing as the subject at the end of a text slice, with an optional relative
 * pronoun and auxiliaries after it ('The militants, which', 'the country's forces have managed to').
 */
function subjectPattern(description: string): RegExp {
  const tail = String.raw`(?:\s*,?\s*(?:which|who|that))?(?:\s+(?:also|then|later|has|have|had|managed|to|reportedly|finally|\p{Ll}+ly))*\s+$`;
  return new RegExp(`(?<![\\p{L}])(${description})${tail}`, 'iu');
}

function add(index: Map<string, TriggerEntry[]>, entry: TriggerEntry): void {
  const first = entry.words[0]!;
  const list = index.get(first) ?? [];
  list.push(entry);
  // Longest phrases first, so 'air strikes' wins over a one-word reading.
  list.sort((a, b) => b.words.length - a.words.length);
  index.set(first, list);
}

function buildLexicon(): TriggerLexicon {
  const byFirstWord = new Map<string, TriggerEntry[]>();
  for (const raw of triggerData.verbs as RawVerb[]) {
    const type = asType(raw.type);
    for (const form of raw.forms.split('|')) {
      add(byFirstWord, {
        words: [form],
        ...(raw.particle ? { particle: raw.particle } : {}),
        type,
        family: familyOf(type),
        nominal: false,
        objectRole: asRole(raw.objectRole, null),
        subjectRole: asRole(raw.subjectRole, 'AGENT') ?? 'AGENT',
        subjectIsPlace: raw.subjectIsPlace ?? false,
        needsContext: raw.needsContext ?? false,
        contextInSentence: raw.contextInSentence ?? false,
        needsPlaceObject: raw.needsPlaceObject ?? false,
        ...(raw.needsPrep ? { needsPrep: raw.needsPrep } : {}),
        needsOfPlace: false,
        participle: isParticiple(form),
      });
    }
  }
  for (const raw of triggerData.nouns as RawNoun[]) {
    const type = asType(raw.type);
    for (const form of raw.forms.split('|')) {
      add(byFirstWord, {
        words: form.split(' '),
        type,
        family: familyOf(type),
        nominal: true,
        objectRole:
          type === 'KILLING' ? 'VICTIM' : type === 'ATTACK' || type === 'AIRSTRIKE' ? 'TARGET' : null,
        subjectRole: 'AGENT',
        subjectIsPlace: false,
        needsContext: raw.needsContext ?? false,
        contextInSentence: raw.contextInSentence ?? false,
        needsPlaceObject: false,
        needsOfPlace: raw.needsOfPlace ?? false,
        participle: false,
      });
    }
  }
  return {
    byFirstWord,
    supporterCues: phrasePattern(roleData.supporterCues),
    supporterVerbs: new Set(roleData.supporterVerbs),
    agentCues: phrasePattern(roleData.agentCues),
    lightVerbs: phrasePattern(roleData.lightVerbs),
    quantityWords: new Set(roleData.quantityWords),
    groupSubject: subjectPattern(`the\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${roleData.groupHeads.join('|')})`),
    stateSubject: subjectPattern(
      `(?:${roleData.stateForces.map((f) => f.replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|')})(?:\\s+and\\s+(?:its|their)\\s+allies)?`,
    ),
    irrealis: new Set(roleData.irrealisCues),
    prepositions: new Set(roleData.prepositions),
    beForms: new Set(roleData.beForms),
    conflictContext: new Set(roleData.conflictContext),
  };
}

/** The trigger lexicon built from `data/event-triggers.json` and `data/event-roles.json`. */
export const TRIGGER_LEXICON: TriggerLexicon = buildLexicon();
