/**
 * Version of the extractor (entities, events, claims). Bump it whenever extraction output can
 * change, so stored facts say which extractor produced them.
 */
export const EXTRACTOR_VERSION = '0.8.0';
