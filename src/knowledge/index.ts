/**
 * What the extract and resolve stages both know about the world, below both of them: the lexicons,
 * alias tables and country data in `data/` (each file names its source), and the place gazetteer.
 * Nothing here depends on a pipeline stage.
 */
export { loadKnowledge, lookupPhrase, phraseKey } from './knowledge.js';
export type { CountryEntry, Knowledge, LexiconHit, OrganisationEntry, RegionEntry } from './knowledge.js';
export type { SpanCues } from './span-cues.js';
export { buildGazetteer, loadGazetteer } from './gazetteer.js';
export type { Gazetteer, GazetteerPlace } from './gazetteer.js';
export { loadWordLists } from './word-lists.js';
export type { NameWords, SentenceWords, WordClassTags, WordLists } from './word-lists.js';
export { CLAIM_SPEECH, claimSpeech, speakerVerbs } from './speech-verbs.js';
export type { ClaimSpeech, SpeechVerb, ThatClause } from './speech-verbs.js';
export { spellingKey } from './spelling-key.js';
export { siteKey } from './site-key.js';
export { cannotAct } from './non-acting-side.js';
