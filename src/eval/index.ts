/**
 * Evaluation of the extractor against hand-written gold annotations (`tests/gold/`): pure scoring
 * functions; the CLI `src/cli/eval.ts` does the reading and the running.
 */
export { parseGold, findUnanchoredStrings } from './gold.js';
export type { GoldArticle, GoldActor, GoldPlace, GoldEvent, GoldClaim } from './gold.js';
export { scoreArticle, scoreCorpus } from './score-article.js';
export type { ArticleScore, CorpusScore } from './score-article.js';
export { prf, addCounts } from './counts.js';
export type { Counts, Prf } from './counts.js';
export { ROWS, ROW_HELP } from './score-types.js';
export type { RowKey, Issue } from './score-types.js';
export { formatReport, formatCountsTable, reportJson } from './format-report.js';
export { nameKey, textOverlapScore } from './normalize-name.js';
