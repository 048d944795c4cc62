import {
  acronymWithDescriptor,
  bracketedAcronym,
  hyphenModifier,
  knownPhrase,
  lawOrTreaty,
} from './rules/known-name-rules.js';
import { afterLastOf, nameShape, nlpHint, pendingWord, speechVerb } from './rules/fallback-rules.js';
import { descriptor, headNoun, openingPluralDescriptor } from './rules/head-noun-rules.js';
import { gazetteerTown, placeNounAfterName, placeNounOf } from './rules/place-rules.js';
import { employerAfterTitle } from './rules/employer-rule.js';
import { demonymBeforePerson } from './rules/demonym-person-rule.js';
import { notAnActor } from './rules/not-actor-rules.js';
import { participleLead } from './rules/participle-lead-rule.js';
import { webName } from './rules/web-name-rule.js';
import { nameOfBody, titleBeforeConnector, titleContext, titleInName } from './rules/title-rules.js';
import type { SpanRule } from './span-types.js';

/**
 * The span typing rules, in the order they are tried; the first that applies decides. Names the
 * knowledge tables fix come first, then cues inside the span (titles, head nouns), then cues around
 * it (titles, place nouns, place prepositions, speech verbs), then guesses from the NLP tagger and
 * the shape of the name. The last rule always applies.
 */
export const SPAN_RULES: readonly SpanRule[] = [
  participleLead, //         "Oscar-nominated Clive Owen", "US-based Amazon.com"
  openingPluralDescriptor, // "Bookmakers William Hill cut the odds"
  hyphenModifier, //         "US-led coalition", "Russian-backed forces"
  acronymWithDescriptor, //  "State News Agency SANA"
  titleInName, //            "Syrian President Bashar al-Assad"; "Archbishop of [Canterbury]"
  demonymBeforePerson, //   "American Jane Doe"
  titleBeforeConnector, //   "Writer for [Progressive Army]"
  lawOrTreaty, //            "Terrorism Act": nothing
  notAnActor, //             "the film The Outlaw", "London Marathon", "Media Player": nothing
  knownPhrase, //            "Russian Defense Ministry", "the Syrian army", "UN"
  webName, //                "Sina.com"
  bracketedAcronym, //       "(SOHR)": pending
  nameOfBody, //             "Marta Quillon of [the Brennick Observatory]"
  headNoun, //               "Temple of Bel", "Irish Times"
  descriptor, //             "the human rights organisation Redress"
  employerAfterTitle, //     "a spokesman for [DLF Builders]"
  titleContext, //           "Kremlin spokesman, Dmitry Peskov"
  placeNounOf, //            "province of Homs"
  placeNounAfterName, //     "Deir Ezzor province", "Baalshamin temple"
  gazetteerTown, //          "in Homs", "Manchester"
  speechVerb, //             "Kelder said"
  nlpHint, //                the NLP tagger's reading
  nameShape, //              "Wayne Rooney", "Care International"
  afterLastOf, //            "Giant Buddhas of Bamiyan"; "Pearl of [the Middle East]"
  pendingWord, //            a single unknown word, for the article-level pass
];
