import {
  EVENT_TYPES as EVENT_TYPE_LIST,
  PARTICIPANT_ROLES,
  type EventType,
  type ParticipantRole,
} from '../../../domain.js';
import roleData from '../../../knowledge/data/event-roles.json' with { type: 'json' };
import newsData from '../../../knowledge/data/event-triggers-news.json' with { type: 'json' };
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
  /** Words one of which must stand near the trigger in its sentence ('won' + 'election'); absent: none needed. */
  cues?: TriggerCues;
  /** A light verb that yields to an event noun right after it ('signed a deal'). */
  support: boolean;
  /** The reading does not count in a sentence about armed conflict. */
  notInConflict: boolean;
  /** A one-word noun that counts capitalised too ('Hurricane Frances'); others count in lower case only. */
  capitalised?: boolean;
  /**
   * What the trigger needs to count: `legacy` (the military rules: a place, or a named sufferer),
   * `participant` (an actor as agent or target), `agent`, `target`, `count` (a number the kind
   * measures), or `any` (an actor, a place tied by syntax, a date or a number).
   */
  requires: TriggerRequirement;
}

/** See `TriggerEntry.requires`. */
export type TriggerRequirement = 'legacy' | 'participant' | 'agent' | 'target' | 'count' | 'any';

/** Cue words of a trigger reading, compiled. */
export interface TriggerCues {
  words: ReadonlySet<string>;
  /** Multi-word cues, as lower-case word lists. */
  phrases: readonly string[][];
  /** A result like '2-1' nearby counts as a cue. */
  score: boolean;
  /** An amount ('$2m', '£1.2bn') nearby counts as a cue. */
  money: boolean;
  /** A named actor right after the trigger counts as a cue. */
  actor: boolean;
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
  objectRole?: string | null;
  cues?: string[];
  notInConflict?: boolean;
  requires?: string;
  plural?: boolean;
  capitalised?: boolean;
}

/** A news-kind verb: lemmas inflected regularly, plus irregular forms as written. */
interface RawNewsVerb extends Omit<RawVerb, 'forms'> {
  lemmas?: string;
  forms?: string;
  cues?: string[];
  support?: boolean;
  notInConflict?: boolean;
  requires?: string;
}

const REQUIREMENTS = new Set<string>(['legacy', 'participant', 'agent', 'target', 'count', 'any']);

function asRequirement(value: string | undefined, fallback: TriggerRequirement): TriggerRequirement {
  if (value === undefined) return fallback;
  if (!REQUIREMENTS.has(value)) throw new Error(`event-triggers-news.json: unknown requirement ${value}`);
  return value as TriggerRequirement;
}

/** The regular forms of an English verb lemma: base, -s, -ed, -ing ('acquire' → acquires, acquired, acquiring). */
export function inflectVerb(lemma: string): string[] {
  if (/e$/.test(lemma)) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(lemma))
    return [lemma, `${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) return [lemma, `${lemma}es`, `${lemma}ed`, `${lemma}ing`];
  return [lemma, `${lemma}s`, `${lemma}ed`, `${lemma}ing`];
}

/** The regular plural of a noun phrase's last word ('job loss' → 'job losses'). */
export function pluralOf(phrase: string): string {
  const words = phrase.split(' ');
  const last = words.pop()!;
  const plural = /(?:s|sh|ch|x|z)$/.test(last)
    ? `${last}es`
    : /[^aeiou]y$/.test(last)
      ? `${last.slice(0, -1)}ies`
      : `${last}s`;
  return [...words, plural].join(' ');
}

function compileCues(cues: string[] | undefined): TriggerCues | undefined {
  if (!cues || cues.length === 0) return undefined;
  const words = new Set<string>();
  const phrases: string[][] = [];
  let score = false;
  let money = false;
  let actor = false;
  for (const cue of cues) {
    if (cue === '<score>') score = true;
    else if (cue === '<money>') money = true;
    else if (cue === '<actor>') actor = true;
    else if (cue.includes(' ')) phrases.push(cue.toLowerCase().split(' '));
    else words.add(cue.toLowerCase());
  }
  return { words, phrases, score, money, actor };
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
  'found',
  'held',
  'hit',
  'shut',
  'cut',
  'quit',
  'set',
  'sold',
  'bought',
  'struck',
  'chosen',
  'spread',
  'made',
  'met',
  'sent',
  'paid',
  'sunk',
  'sung',
  'torn',
  'broken',
  'hurt',
  'upheld',
  'swept',
  'shed',
  'beaten',
  'overcome',
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
  /** Kinds whose verb counts in an article's lead without a named actor. */
  leadKinds: ReadonlySet<EventType>;
  /** Modal, conditional, request and negation words: a trigger right after one is no reported event. */
  irrealis: Set<string>;
  prepositions: Set<string>;
  /** 'like', 'such as', 'as happened in' …: a trigger right after one is told as background. */
  comparisonCues: RegExp;
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
        support: false,
        notInConflict: false,
        requires: 'legacy',
      });
    }
  }
  for (const raw of newsData.verbs as RawNewsVerb[]) {
    const type = asType(raw.type);
    const forms = new Set<string>();
    for (const lemma of (raw.lemmas ?? '').split('|').filter(Boolean))
      for (const form of inflectVerb(lemma)) forms.add(form);
    for (const form of (raw.forms ?? '').split('|').filter(Boolean)) forms.add(form);
    const cues = compileCues(raw.cues);
    for (const form of forms) {
      add(byFirstWord, {
        words: form.split(' '),
        ...(raw.particle ? { particle: raw.particle } : {}),
        type,
        family: familyOf(type),
        nominal: false,
        objectRole: asRole(raw.objectRole, null),
        subjectRole: asRole(raw.subjectRole, 'AGENT') ?? 'AGENT',
        subjectIsPlace: false,
        needsContext: raw.needsContext ?? false,
        contextInSentence: raw.contextInSentence ?? false,
        needsPlaceObject: false,
        ...(raw.needsPrep ? { needsPrep: raw.needsPrep } : {}),
        needsOfPlace: false,
        participle: isParticiple(form),
        ...(cues ? { cues } : {}),
        support: raw.support ?? false,
        notInConflict: raw.notInConflict ?? false,
        requires: asRequirement(raw.requires, 'participant'),
      });
    }
  }
  for (const raw of newsData.nouns as RawNoun[]) {
    const type = asType(raw.type);
    const forms = new Set<string>();
    for (const form of raw.forms.split('|')) {
      forms.add(form);
      if (raw.plural !== false) forms.add(pluralOf(form));
    }
    const cues = compileCues(raw.cues);
    for (const form of forms) {
      add(byFirstWord, {
        words: form.split(' '),
        type,
        family: familyOf(type),
        nominal: true,
        objectRole: asRole(raw.objectRole, null),
        subjectRole: 'AGENT',
        subjectIsPlace: false,
        needsContext: raw.needsContext ?? false,
        contextInSentence: raw.contextInSentence ?? false,
        needsPlaceObject: false,
        needsOfPlace: raw.needsOfPlace ?? false,
        participle: false,
        ...(cues ? { cues } : {}),
        support: false,
        notInConflict: raw.notInConflict ?? false,
        requires: asRequirement(raw.requires, 'participant'),
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
        support: false,
        notInConflict: false,
        requires: 'legacy',
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
    comparisonCues: phrasePattern(roleData.comparisonCues),
    leadKinds: new Set(newsData.leadKinds.map(asType)),
    beForms: new Set(roleData.beForms),
    conflictContext: new Set(roleData.conflictContext),
  };
}

/**
 * The trigger lexicon built from `data/event-triggers.json` (military subtypes),
 * `data/event-triggers-news.json` (every other kind) and `data/event-roles.json`.
 */
export const TRIGGER_LEXICON: TriggerLexicon = buildLexicon();
