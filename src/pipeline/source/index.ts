/**
 * The source stage: reads files and folders of news articles and yields `ArticleDoc`s, or a clear
 * rejection for each file or row that is not a usable article. It never touches the database.
 */
import { readFileItems } from './read-file.js';
import { resolveSourceOptions, type SourceOptions } from './source-options.js';
import { rejected, type SourceItem } from './source-item.js';
import { displayPath } from './display-path.js';
import { walkInputs } from './walk-inputs.js';

export type { SourceItem } from './source-item.js';
export type { SourceOptions } from './source-options.js';
export { SOURCE_DEFAULTS, DEFAULT_IGNORE } from './source-options.js';
export { SUPPORTED_EXTENSIONS } from './read-file.js';
export { articleId, contentHash } from './article-id.js';
export { countSources } from './count-sources.js';

/**
 * Reads articles from files and folders (recursively, sorted, hidden files skipped): `.txt`, `.md`,
 * `.html`/`.htm`, `.jsonl` and `.csv` (streamed row by row). Yields one item per article, or per
 * file or row that could not be used, with code `SOURCE_UNREADABLE` (could not be read) or
 * `SOURCE_REJECTED` (read, but not an article) and a reason. One bad input never stops the rest.
 *
 * @example
 * for await (const item of readSources(['articles/'])) {
 *   if (item.ok) console.log(item.article.title);
 *   else console.warn(`${item.file}: ${item.reason}`);
 * }
 */
export async function* readSources(paths: string[], options?: SourceOptions): AsyncGenerator<SourceItem> {
  const resolved = resolveSourceOptions(options);
  for await (const entry of walkInputs(paths, resolved.ignore, resolved.cwd)) {
    if ('error' in entry) {
      yield rejected(displayPath(entry.path, resolved.cwd, entry.input), entry.error, 'SOURCE_UNREADABLE');
      continue;
    }
    yield* readFileItems(entry.file, displayPath(entry.file, resolved.cwd, entry.input), resolved);
  }
}
