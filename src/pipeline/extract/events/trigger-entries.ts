import {
  EVENT_TYPES as EVENT_TYPE_LIST,
  PARTICIPANT_ROLES,
  type EventType,
  type ParticipantRole,
} from '../../../domain.js';
import type newsData from '../../../knowledge/data/event-triggers-news.json';
import type triggerData from '../../../knowledge/data/event-triggers.json';
import { compileCues } from './compile-cues.js';
import type { TriggerCues, TriggerEntry, TriggerRequirement } from './trigger-types.js';
import { familyOf } from './trigger-types.js';
import { inflectVerb, isParticiple, pluralOf } from './word-forms.js';

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
  passiveNot?: string;
}

const REQUIREMENTS = new Set<string>(['legacy', 'participant', 'agent', 'target', 'count', 'any', 'cue']);

function asRequirement(value: string | undefined, fallback: TriggerRequirement): TriggerRequirement {
  if (value === undefined) return fallback;
  if (!REQUIREMENTS.has(value)) throw new Error(`event-triggers-news.json: unknown requirement ${value}`);
  return value as TriggerRequirement;
}

const EVENT_TYPES = new Set<string>(EVENT_TYPE_LIST);
const ROLES = new Set<string>(PARTICIPANT_ROLES);

/** The event type named in a data file; throws on a type the domain does not know. */
export function asType(value: string): EventType {
  if (!EVENT_TYPES.has(value)) throw new Error(`event-triggers.json: unknown event type ${value}`);
  return value as EventType;
}

function asRole(value: string | null | undefined, fallback: ParticipantRole | null): ParticipantRole | null {
  if (value === null || value === undefined) return fallback;
  if (!ROLES.has(value)) throw new Error(`event-triggers.json: unknown role ${value}`);
  return value as ParticipantRole;
}

function add(index: Map<string, TriggerEntry[]>, entry: TriggerEntry): void {
  const first = entry.words[0]!;
  const list = index.get(first) ?? [];
  list.push(entry);
  // Longest phrases first, so 'air strikes' wins over a one-word reading; of one length, a reading
  // with cue words first, so 'unveiled plans' is the policy, not the uncued launch.
  list.sort((a, b) => b.words.length - a.words.length || Number(Boolean(b.cues)) - Number(Boolean(a.cues)));
  index.set(first, list);
}

/** What the military and the news data set differently for one verb reading. */
interface VerbFields {
  subjectIsPlace: boolean;
  needsPlaceObject: boolean;
  cues?: TriggerCues;
  support: boolean;
  passiveNot?: string;
  notInConflict: boolean;
  requires: TriggerRequirement;
}

function verbEntry(
  words: string[],
  type: EventType,
  raw: RawVerb | RawNewsVerb,
  fields: VerbFields,
): TriggerEntry {
  return {
    words,
    ...(raw.particle ? { particle: raw.particle } : {}),
    type,
    family: familyOf(type),
    nominal: false,
    objectRole: asRole(raw.objectRole, null),
    subjectRole: asRole(raw.subjectRole, 'AGENT') ?? 'AGENT',
    subjectIsPlace: fields.subjectIsPlace,
    needsContext: raw.needsContext ?? false,
    contextInSentence: raw.contextInSentence ?? false,
    needsPlaceObject: fields.needsPlaceObject,
    ...(raw.needsPrep ? { needsPrep: raw.needsPrep } : {}),
    needsOfPlace: false,
    participle: isParticiple(words.join(' ')),
    ...(fields.cues ? { cues: fields.cues } : {}),
    support: fields.support,
    ...(fields.passiveNot ? { passiveNot: fields.passiveNot } : {}),
    notInConflict: fields.notInConflict,
    requires: fields.requires,
  };
}

/** What the military and the news data set differently for one noun reading. */
interface NounFields {
  objectRole: ParticipantRole | null;
  cues?: TriggerCues;
  notInConflict: boolean;
  requires: TriggerRequirement;
}

function nounEntry(form: string, type: EventType, raw: RawNoun, fields: NounFields): TriggerEntry {
  return {
    words: form.split(' '),
    type,
    family: familyOf(type),
    nominal: true,
    objectRole: fields.objectRole,
    subjectRole: 'AGENT',
    subjectIsPlace: false,
    needsContext: raw.needsContext ?? false,
    contextInSentence: raw.contextInSentence ?? false,
    needsPlaceObject: false,
    needsOfPlace: raw.needsOfPlace ?? false,
    participle: false,
    ...(fields.cues ? { cues: fields.cues } : {}),
    support: false,
    notInConflict: fields.notInConflict,
    ...(raw.capitalised ? { capitalised: true } : {}),
    requires: fields.requires,
  };
}

/** The object role of a military noun, which its data does not name: the killed, the attacked. */
function militaryNounRole(type: EventType): ParticipantRole | null {
  if (type === 'KILLING') return 'VICTIM';
  return type === 'ATTACK' || type === 'AIRSTRIKE' ? 'TARGET' : null;
}

/** The forms of a news verb: its lemmas inflected regularly, plus the forms written out. */
function newsVerbForms(raw: RawNewsVerb): Set<string> {
  const forms = new Set<string>();
  for (const lemma of (raw.lemmas ?? '').split('|').filter(Boolean))
    for (const form of inflectVerb(lemma)) forms.add(form);
  for (const form of (raw.forms ?? '').split('|').filter(Boolean)) forms.add(form);
  return forms;
}

/** The forms of a news noun, with their regular plurals unless the data says not. */
function newsNounForms(raw: RawNoun): Set<string> {
  const forms = new Set<string>();
  for (const form of raw.forms.split('|')) {
    forms.add(form);
    if (raw.plural !== false) forms.add(pluralOf(form));
  }
  return forms;
}

/**
 * Every trigger entry of the military data (`event-triggers.json`) and the news data
 * (`event-triggers-news.json`), indexed by its first word, longest phrases first.
 */
export function triggerEntries(
  military: typeof triggerData,
  news: typeof newsData,
): Map<string, TriggerEntry[]> {
  const byFirstWord = new Map<string, TriggerEntry[]>();
  for (const raw of military.verbs as RawVerb[]) {
    const type = asType(raw.type);
    const fields: VerbFields = {
      subjectIsPlace: raw.subjectIsPlace ?? false,
      needsPlaceObject: raw.needsPlaceObject ?? false,
      support: false,
      notInConflict: false,
      requires: 'legacy',
    };
    for (const form of raw.forms.split('|')) add(byFirstWord, verbEntry([form], type, raw, fields));
  }
  for (const raw of news.verbs as RawNewsVerb[]) {
    const type = asType(raw.type);
    const cues = compileCues(raw.cues);
    const fields: VerbFields = {
      subjectIsPlace: false,
      needsPlaceObject: false,
      ...(cues ? { cues } : {}),
      support: raw.support ?? false,
      ...(raw.passiveNot ? { passiveNot: raw.passiveNot } : {}),
      notInConflict: raw.notInConflict ?? false,
      requires: asRequirement(raw.requires, 'participant'),
    };
    for (const form of newsVerbForms(raw)) add(byFirstWord, verbEntry(form.split(' '), type, raw, fields));
  }
  for (const raw of news.nouns as RawNoun[]) {
    const type = asType(raw.type);
    const cues = compileCues(raw.cues);
    const fields: NounFields = {
      objectRole: asRole(raw.objectRole, null),
      ...(cues ? { cues } : {}),
      notInConflict: raw.notInConflict ?? false,
      requires: asRequirement(raw.requires, 'participant'),
    };
    for (const form of newsNounForms(raw)) add(byFirstWord, nounEntry(form, type, raw, fields));
  }
  for (const raw of military.nouns as RawNoun[]) {
    const type = asType(raw.type);
    const fields: NounFields = {
      objectRole: militaryNounRole(type),
      notInConflict: false,
      requires: 'legacy',
    };
    for (const form of raw.forms.split('|')) add(byFirstWord, nounEntry(form, type, raw, fields));
  }
  return byFirstWord;
}
