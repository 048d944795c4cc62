import path from 'node:path';
import type { ArticleDoc, ArticleGraph } from '../domain.js';
import { findUnanchoredStrings, type GoldArticle } from './gold.js';
import { scoreArticle, scoreCorpus, type ArticleScore, type CorpusScore } from './score-article.js';

/** What {@link evaluate} needs from the outside world. */
export interface EvaluateDeps {
  /** Reads one seed article through the source stage; throws (an AppError) when it is missing or unusable. */
  readArticle: (file: string) => Promise<ArticleDoc>;
  /** The extractor under test. */
  extract: (article: ArticleDoc) => ArticleGraph | Promise<ArticleGraph>;
  warn: (message: string) => void;
}

function emptyGraph(article: ArticleDoc): ArticleGraph {
  return {
    article,
    actors: [],
    places: [],
    mentions: [],
    events: [],
    eventReports: [],
    claims: [],
    claimReports: [],
  };
}

/**
 * Runs the extractor on the seed article of each gold file (`<seedsDir>/<gold.article>`) and scores it.
 * A required gold string no longer found in the article text after the source stage is a warning; an
 * extraction that throws is a warning and scores as "nothing found", so one bad article never stops the
 * report. A missing seed is an error (thrown by `readArticle`).
 */
export async function evaluate(
  golds: readonly GoldArticle[],
  seedsDir: string,
  deps: EvaluateDeps,
): Promise<CorpusScore> {
  const scores: ArticleScore[] = [];
  for (const gold of golds) {
    const article = await deps.readArticle(path.join(seedsDir, gold.article));
    for (const problem of findUnanchoredStrings(gold, article.text, true)) {
      deps.warn(`${gold.article}: ${problem} (after the source stage)`);
    }
    let graph: ArticleGraph;
    try {
      graph = await deps.extract(article);
    } catch (error) {
      deps.warn(
        `${gold.article}: extraction failed, scored as empty: ${error instanceof Error ? error.message : String(error)}`,
      );
      graph = emptyGraph(article);
    }
    scores.push(scoreArticle(gold, graph));
  }
  return scoreCorpus(scores);
}
