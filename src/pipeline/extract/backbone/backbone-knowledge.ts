import type { ActorType } from '../../../domain.js';
import typing from '../../../knowledge/data/backbone-typing.json' with { type: 'json' };

/** The word lists the backbone rules read, from `data/backbone-typing.json`. */
export interface BackboneKnowledge {
  /** Head noun (lower case) → the actor type it names ('firm' → COMPANY). */
  headNouns: Map<string, ActorType>;
  /** Last word of a name (lower case) → the type it tells ('Villa' → SPORTS_TEAM). */
  nameEndings: Map<string, ActorType>;
  sportsWords: Set<string>;
  businessWords: Set<string>;
  workCues: Set<string>;
  /** Pronoun → what it can stand for. */
  pronouns: Map<string, PronounKind>;
  femaleTitles: Set<string>;
  maleTitles: Set<string>;
  /** Role nouns that head a person speaker ('the manager said'). */
  personHeads: Set<string>;
  /** Lemmas of verbs that take the real speaker as object ('cited Y as saying'). */
  relayVerbs: Set<string>;
  /** Objects of 'claimed' that make a claim of responsibility. */
  responsibilityNouns: Set<string>;
}

/** What a pronoun can refer to: a person (of a gender, or any), or a group (one, or several). */
export type PronounKind =
  'PERSON_MALE' | 'PERSON_FEMALE' | 'PERSON_PLURAL' | 'GROUP_SINGULAR' | 'GROUP_PLURAL';

function byType(table: Record<string, string[]>): Map<string, ActorType> {
  const out = new Map<string, ActorType>();
  for (const [type, words] of Object.entries(table)) {
    for (const word of words) if (!out.has(word)) out.set(word, type as ActorType);
  }
  return out;
}

/** Builds the backbone's word lists. */
export function loadBackboneKnowledge(): BackboneKnowledge {
  const pronouns = new Map<string, PronounKind>();
  for (const [kind, words] of Object.entries(typing.pronouns)) {
    for (const word of words) pronouns.set(word, kind as PronounKind);
  }
  return {
    headNouns: byType(typing.headNouns),
    nameEndings: byType(typing.nameEndings),
    sportsWords: new Set(typing.sportsWords),
    businessWords: new Set(typing.businessWords),
    workCues: new Set(typing.workCues),
    pronouns,
    femaleTitles: new Set(typing.femaleTitles),
    maleTitles: new Set(typing.maleTitles),
    personHeads: new Set(typing.personHeads),
    relayVerbs: new Set(typing.relayVerbs),
    responsibilityNouns: new Set(typing.responsibilityNouns),
  };
}
