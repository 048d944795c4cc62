import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticleDoc, ArticleGraph } from '../domain.js';
import type { OpenedMode } from './extractor-modes.js';

/** Whether an `--extractor` value names a module file rather than a mode. */
export function isModulePath(value: string): boolean {
  return /[\\/]/.test(value) || /\.[cm]?[jt]s$/.test(value);
}

/**
 * Opens an extractor module as a mode (`npm run eval -- --extractor bench/my-extractor.ts`): it must
 * export `extractArticle(article)` (a graph or a promise of one) and may export `EXTRACTOR_VERSION`,
 * `processIds()` (helper processes to meter) and `close()`. A module that cannot be loaded, or lacks
 * `extractArticle`, is reported unavailable with the reason.
 */
export async function openModuleMode(file: string, cwd: string = process.cwd()): Promise<OpenedMode> {
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(path.resolve(cwd, file)).href)) as Record<string, unknown>;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      name: file,
      reason: `could not load ${file} (${why}); check that it exists and compiles`,
    };
  }
  const extract = module.extractArticle;
  if (typeof extract !== 'function') {
    return { ok: false, name: file, reason: `${file} exports no extractArticle(article)` };
  }
  const processIds = module.processIds;
  const close = module.close;
  return {
    ok: true,
    mode: {
      name: file,
      version: typeof module.EXTRACTOR_VERSION === 'string' ? module.EXTRACTOR_VERSION : 'unknown',
      extract: async (article: ArticleDoc) =>
        await (extract as (a: ArticleDoc) => ArticleGraph | Promise<ArticleGraph>)(article),
      processIds: () => (typeof processIds === 'function' ? (processIds as () => number[])() : []),
      close: async () => {
        if (typeof close === 'function') await (close as () => Promise<void> | void)();
      },
    },
  };
}
