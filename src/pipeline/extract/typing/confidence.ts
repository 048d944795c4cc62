/**
 * Every confidence the typing rules give a mention (the span rules and the article-level pass over
 * pending words), in one place.
 *
 * How the values were set: by hand, as a ranking, not a calibrated probability. A name found in the
 * knowledge tables scores highest (0.9–0.95); a cue in the sentence that fixes the type (a title
 * inside the name, a place noun, a known country acting) 0.8–0.9; a head noun 0.75; shape and
 * context guesses (a speech verb, a descriptor, two name-like words) 0.55–0.7; the NLP tagger's hint
 * and an unknown organisation shape lowest (0.5–0.6). They matter downstream: when the mentions of
 * one entity disagree on its type, the resolve stage takes the type with the larger summed
 * confidence, and the entity keeps its highest. Check a change with `npm run eval`.
 */
export const CONFIDENCE = {
  knownOrganisation: 0.95,
  knownRegion: 0.9,
  countryActorOrPlace: 0.9,
  titleInName: 0.9,
  nationalityBody: 0.85,
  countryModifier: 0.85,
  acronymWithDescriptor: 0.85,
  titleContext: 0.85,
  placeNounOf: 0.85,
  hyphenModifier: 0.8,
  nationalityNamedBody: 0.8,
  demonymState: 0.8,
  /** The state in "US-led coalition", besides the coalition. */
  countryModifierBeforeCoalition: 0.8,
  placeNounAfter: 0.8,
  gazetteerLocative: 0.8,
  headNoun: 0.75,
  possessiveBody: 0.7,
  ledCoalition: 0.7,
  descriptor: 0.7,
  speechVerb: 0.7,
  /** Two or more name-like words led by a known given name ("Wayne Rooney"). */
  nameShapeGivenName: 0.7,
  gazetteer: 0.65,
  nameOfBody: 0.6,
  namedAfterPlace: 0.6,
  nlpPerson: 0.6,
  nlpPlace: 0.6,
  nameShape: 0.55,
  nlpOrganisation: 0.55,
  organisationShape: 0.5,
  // The article-level pass over single words the span rules left pending (resolve-pending.ts).
  /** An acronym in brackets after a typed name takes its type: "(SOHR)". */
  bracketedAcronym: 0.8,
  /** The surname of a person named in full elsewhere in the article. */
  surname: 0.75,
  /** The same word typed elsewhere in the article. */
  sameName: 0.7,
  /** A shouted town in a dateline: "TEHRAN (Reuters) -". */
  datelineTown: 0.6,
  pendingGazetteer: 0.55,
  /** A word in a list with a typed actor takes its type: "Varnex, Quorvel and Brightwater Electronics". */
  listItem: 0.55,
  /** A town's one-word name cued as its club in a match report ("Newcastle striker", "a move to Birmingham"). */
  clubInMatchReport: 0.75,
  pendingNlpPerson: 0.5,
  pendingNlpPlace: 0.5,
  acronym: 0.45,
  pendingNlpOrganisation: 0.45,
} as const satisfies Record<string, number>;
