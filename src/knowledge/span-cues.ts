import type { PlaceType } from '../domain.js';
import spanCueData from './data/span-cue-words.json' with { type: 'json' };

/** The words the span typing rules read around a name, from `data/span-cue-words.json`. */
export interface SpanCues {
  articles: Set<string>;
  /** 'its', 'his', 'her', 'their' before a title in apposition ("X, its chairman"). */
  possessiveDeterminers: Set<string>;
  /** Words after which a country name starts a clause as its subject ("when the U.S. left"). */
  clauseOpeners: Set<string>;
  /** Words after a clause-initial country name that do not make it a subject ("…, Syria and Iraq"). */
  clauseSubjectStoppers: Set<string>;
  /** Prepositions before a country name that make it an actor ("backed by Russia"). */
  agentPrepositions: Set<string>;
  /** Modifiers inside a title ("former", "deputy"). */
  titleModifiers: Set<string>;
  /** Participles after a hyphenated name ("US-led", "Russian-backed"). */
  hyphenSuffixes: Set<string>;
  /** Participles after a hyphenated country that make it a place ("US-based", "British-born"). */
  placeHyphenSuffixes: Set<string>;
  /** Nouns after a name that make it a place of that type ("X province", "X village"). */
  placeFollowers: ReadonlyMap<string, PlaceType>;
  /** Place cue nouns that give a region rather than a city ("province of X"). */
  regionCueWords: Set<string>;
  /** Word endings of nationality and other adjectives ("Syrian", "Chinese"). */
  adjectiveEnding: RegExp;
  coalitionNouns: Set<string>;
  /** Words that make "<country>'s …" a description, not a name ("Syria's main opposition party"). */
  descriptiveModifiers: Set<string>;
  /** Words that may follow a descriptor ending an apposition ("the aid agency she works for"). */
  appositionEnders: Set<string>;
  /** Words in an institution name that make it military ("Syrian Army", "Air Force"). */
  militaryBody: RegExp;
  /** Auxiliaries and adverbs between a speaker and its speech verb ("Fox has said", "NTL also said"). */
  speechAuxiliaries: Set<string>;
}

/** Builds the span cue tables from the data file. */
export function buildSpanCues(): SpanCues {
  return {
    articles: new Set(spanCueData.articles),
    possessiveDeterminers: new Set(spanCueData.possessiveDeterminers),
    clauseOpeners: new Set(spanCueData.clauseOpeners),
    clauseSubjectStoppers: new Set(spanCueData.clauseSubjectStoppers),
    agentPrepositions: new Set(spanCueData.agentPrepositions),
    titleModifiers: new Set(spanCueData.titleModifiers),
    hyphenSuffixes: new Set(spanCueData.hyphenSuffixes),
    placeHyphenSuffixes: new Set(spanCueData.placeHyphenSuffixes),
    placeFollowers: new Map(Object.entries(spanCueData.placeFollowers) as [string, PlaceType][]),
    regionCueWords: new Set(spanCueData.regionCueWords),
    adjectiveEnding: new RegExp(`(?:${spanCueData.adjectiveEndings.join('|')})$`),
    coalitionNouns: new Set(spanCueData.coalitionNouns),
    descriptiveModifiers: new Set(spanCueData.descriptiveModifiers),
    appositionEnders: new Set(spanCueData.appositionEnders),
    militaryBody: new RegExp(spanCueData.militaryBodyWords.join('|')),
    speechAuxiliaries: new Set(spanCueData.speechAuxiliaries),
  };
}
