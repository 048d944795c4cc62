/**
 * Evaluation of the extractor against hand-written gold annotations (`tests/gold/`): the gold loader,
 * pure scoring functions, the runner that drives extraction modes over gold sets with a resource
 * meter, and the report (terminal, Markdown, JSON). The CLI `src/cli/eval.ts` supplies file access
 * and the modes (`extractor-modes.ts`, the one file that knows the extract stage).
 */
export { parseGold, findUnanchoredStrings, findUnknownFields } from './gold.js';
export type { GoldArticle, GoldActor, GoldPlace, GoldEvent, GoldClaim, GoldCount } from './gold.js';
export { GOLD_TOPICS, sourceKey } from './gold-source.js';
export type { GoldSource, GoldTopic } from './gold-source.js';
export { readGoldArticles, goldTextFile } from './read-gold-articles.js';
export type { GoldText, GoldTextDeps } from './read-gold-articles.js';
export { defaultGoldSets, loadGoldSet } from './gold-sets.js';
export type { GoldSetSpec, LoadedGoldSet, GoldPair, GoldSetDeps } from './gold-sets.js';
export { scoreArticle, scoreCorpus } from './score-article.js';
export type { ArticleScore, CorpusScore } from './score-article.js';
export { prf, addCounts } from './counts.js';
export type { Counts, Prf } from './counts.js';
export { ROWS, ROW_HELP, MEANS, MEAN_HELP } from './score-types.js';
export type { RowKey, Issue, MeanKey } from './score-types.js';
export { MEASURES, TOPIC_MEASURES, measureValue } from './measures.js';
export type { Measure, MeasureValue } from './measures.js';
export { createResourceMeter, cpuSecondsFromStat, peakRssFromStatus } from './resource-meter.js';
export type { ResourceMeter, ResourceUse, MeterDeps } from './resource-meter.js';
export { runMode, scoreByTopic } from './run-mode.js';
export type { ModeResult, ModeSpeed } from './run-mode.js';
export { runEvaluation } from './run-evaluation.js';
export type { EvaluationResults, RunEvaluationDeps } from './run-evaluation.js';
export { buildEvalReport } from './build-eval-report.js';
export type { EvalReport, SetReport, ModeReport } from './build-eval-report.js';
export { formatEvalReport, formatEvalMarkdown } from './format-eval-report.js';
export { formatCountsTable, formatArticleMatrix, formatIssues } from './format-report.js';
export { nameKey, textOverlapScore, textAnchorScore } from './normalise-name.js';
