/**
 * The benchmark suite behind `npm run bench`: ingestion (with the raw write limit beside it), the question
 * queries over GraphQL and as raw Cypher at several concurrencies on two graph sizes, and a soak. Results are
 * JSON and Markdown; two JSON files can be compared.
 */
export { runBench, type BenchOptions, type BenchDeps, type BenchOutcome } from './run-bench.js';
export { compareResults, readResultFile, flattenMetrics } from './compare-results.js';
export { formatMarkdown } from './report-markdown.js';
export { DEFAULT_CORPUS } from './corpus-inputs.js';
export type { BenchResult, BenchPart } from './result-types.js';
