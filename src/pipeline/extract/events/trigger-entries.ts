import {
  EVENT_TYPES as EVENT_TYPE_LIST,
  PARTICIPANT_ROLES,
  type EventType,
  type ParticipantRole,
} from '../../../domain.js';
import type newsData from '../../../knowledge/data/event-triggers-news.json';
import type triggerData from '../../../knowledge/data/event-triggers.json';
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

function compileCues(cues: string[] | undefined): TriggerCues | undefined {
  if (!cues || cues.length === 0) return undefined;
  const words = new Set<string>();
  const phrases: string[][] = [];
  let score = false;
  let money = false;
  let percent = false;
  let actor = false;
  for (const cue of cues) {
    if (cue === '<score>') score = true;
    else if (cue === '<money>') money = true;
    else if (cue === '<percent>') percent = true;
    else if (cue === '<actor>') actor = true;
    else if (cue.includes(' ')) phrases.push(cue.toLowerCase().split(' '));
    else words.add(cue.toLowerCase());
  }
  return { words, phrases, score, money, percent, actor };
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
  // Longest phrases first, so 'air strikes' wins over a one-word reading.
  list.sort((a, b) => b.words.length - a.words.length);
  index.set(first, list);
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
  for (const raw of news.verbs as RawNewsVerb[]) {
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
        ...(raw.passiveNot ? { passiveNot: raw.passiveNot } : {}),
        notInConflict: raw.notInConflict ?? false,
        requires: asRequirement(raw.requires, 'participant'),
      });
    }
  }
  for (const raw of news.nouns as RawNoun[]) {
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
  for (const raw of military.nouns as RawNoun[]) {
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
  return byFirstWord;
}
