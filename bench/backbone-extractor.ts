/**
 * The backbone mode as a module for `npm run eval -- --extractor bench/backbone-extractor.ts`: connects
 * to CoreNLP (CORENLP_URL, else starts one on loopback, stopped with this process) and exports
 * `extractArticle` in the shape the eval command loads.
 */
import { PROJECT_ROOT } from '../src/paths.js';
import { connectNlp, readNlpConfig } from '../src/nlp/index.js';
import { createExtractor } from '../src/pipeline/stages.js';
import type { ArticleDoc, ArticleGraph } from '../src/domain.js';

export { EXTRACTOR_VERSION } from '../src/pipeline/stages.js';

const nlp = await connectNlp({ config: readNlpConfig(PROJECT_ROOT), log: (line) => console.error(line) });
const extractor = createExtractor({ mode: 'backbone', nlp: nlp.client });

/** One article through the backbone mode, resolved on its own. */
export function extractArticle(article: ArticleDoc): Promise<ArticleGraph> {
  return extractor.extractArticle(article);
}
