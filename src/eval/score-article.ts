import type { ArticleGraph } from '../domain.js';
import { addCounts, zeroCounts } from './counts.js';
import type { GoldArticle } from './gold.js';
import { indexGold } from './gold-index.js';
import { viewPrediction } from './prediction-view.js';
import { scoreClaims } from './score-claims.js';
import { scoreEntities } from './score-entities.js';
import { scoreEvents } from './score-events.js';
import { ROWS, type Issue, type RowCounts, type RowKey, type RowResult } from './score-types.js';

/** The scores of one article. */
export interface ArticleScore {
  /** The gold file's `article` (the seed file name). */
  article: string;
  counts: RowCounts;
  issues: Issue[];
}

/** Scores of every article and their micro-average (counts summed over articles). */
export interface CorpusScore {
  articles: ArticleScore[];
  total: RowCounts;
}

/** Compares one article's extractor output with its gold annotations, on every row. */
export function scoreArticle(gold: GoldArticle, graph: ArticleGraph): ArticleScore {
  const index = indexGold(gold);
  const predicted = viewPrediction(graph);
  const results: Record<RowKey, RowResult> = {
    ...scoreEntities(predicted.entities, index),
    ...scoreEvents(predicted.events, index),
    ...scoreClaims(predicted.claims, index),
  };
  const counts = Object.fromEntries(ROWS.map((row) => [row, results[row].counts])) as RowCounts;
  return { article: gold.article, counts, issues: ROWS.flatMap((row) => results[row].issues) };
}

/** Micro-averages article scores: each row's counts are summed over the articles. */
export function scoreCorpus(articles: ArticleScore[]): CorpusScore {
  const total = Object.fromEntries(
    ROWS.map((row) => [row, addCounts(zeroCounts(), ...articles.map((a) => a.counts[row]))]),
  ) as RowCounts;
  return { articles, total };
}
