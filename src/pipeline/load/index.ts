/** The load stage: constraints, and batched idempotent writes of extracted articles to Neo4j. */
export { ensureSchema } from './ensure-schema.js';
export { loadArticles, type LoadDeps, type LoadResult } from './load-articles.js';
export { toLoadRows, outletId, type LoadRows } from './to-load-rows.js';
export { readEventMemory } from './read-event-memory.js';
export { emptyCounts, type WriteCounts, type CountedKind } from './write-batch.js';
export { textHash } from './text-hash.js';
export { completeLinks } from './complete-links.js';
