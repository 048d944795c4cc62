/**
 * Evaluation of the extractor against hand-written gold annotations (`tests/gold/`): pure scoring
 * functions, and `evaluate`, which runs an injected extractor over the gold articles; the CLI
 * `src/cli/eval.ts` supplies the file reading and the real extractor.
 */
export { parseGold, findUnanchoredStrings } from './gold.js';
export type { GoldArticle, GoldActor, GoldPlace, GoldEvent, GoldClaim } from './gold.js';
export { scoreArticle, scoreCorpus } from './score-article.js';
export { evaluate } from './evaluate.js';
export type { EvaluateDeps } from './evaluate.js';
export type { ArticleScore, CorpusScore } from './score-article.js';
export { prf, addCounts } from './counts.js';
export type { Counts, Prf } from './counts.js';
export { ROWS, ROW_HELP } from './score-types.js';
export type { RowKey, Issue } from './score-types.js';
export { formatReport, formatCountsTable, reportJson } from './format-report.js';
export { nameKey, textOverlapScore } from './normalise-name.js';
