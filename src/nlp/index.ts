/**
 * The linguistic backbone: Stanford CoreNLP 4.5.7, provisioned from Maven Central into `.corenlp/` and
 * started on loopback like the embedded Neo4j (or reached through CORENLP_URL), and a client that parses
 * sentences with it and tells which ones fell back to the rules.
 */
export { readNlpConfig, parseServerUrls, DEFAULT_ANNOTATORS, type NlpConfig } from './nlp-config.js';
export { connectNlp, type NlpService, type ConnectNlpOptions } from './connect-nlp.js';
export { provisionCoreNlp, type CoreNlpJars } from './provision-corenlp.js';
export { startCoreNlp, type CoreNlpServer, type StartCoreNlpOptions } from './start-corenlp.js';
export {
  createCoreNlpClient,
  failureOf,
  type AnnotateOptions,
  type NlpClient,
  type NlpFailure,
} from './corenlp-client.js';
export {
  coreNlpProperties,
  withoutParser,
  withBasicParser,
  BASIC_PARSER,
  NER_MODEL,
} from './corenlp-properties.js';
export { createNlpPool } from './nlp-pool.js';
export {
  parseSentences,
  type SentenceToParse,
  type SentenceFallback,
  type ParseOutcome,
  type ParseOptions,
} from './parse-sentences.js';
export {
  guardSentence,
  DEFAULT_GUARD_LIMITS,
  type FallbackReason,
  type GuardLimits,
} from './sentence-guard.js';
export { createParseCache, type ParseCache, type CacheKey } from './parse-cache.js';
export type { ParsedSentence, ParsedToken, ParsedDependency, ParsedEntity } from './parsed-sentence.js';
export type { CoreNlpDocument, CoreNlpSentence, CoreNlpToken } from './corenlp-json.js';
