/**
 * The one place where the evaluation meets the extraction: each mode (the rules, the linguistic
 * backbone) becomes an {@link ExtractorMode}, a function from an article to its graph plus what the
 * resource meter needs. Nothing else in `src/eval/` knows how a mode is made.
 *
 * The backbone's entry points are found at run time, so that the evaluation runs before and after
 * they exist on a branch:
 *
 *   createExtractor({ mode: 'rules' | 'backbone', nlp?: NlpClient }): Extractor      src/pipeline/stages.ts
 *     Extractor.extractArticle(article): Promise<ArticleGraph>, Extractor.stats?()
 *   connectNlp({ config: readNlpConfig(PROJECT_ROOT), log }): Promise<NlpService>     src/nlp/index.ts
 *     NlpService.client, NlpService.pids(): number[], NlpService.close()
 */
import type { ArticleDoc, ArticleGraph } from '../domain.js';
import { PROJECT_ROOT } from '../paths.js';
import * as stages from '../pipeline/stages.js';

/** The extraction modes the evaluation compares. */
export const EXTRACTOR_MODES = ['rules', 'backbone'] as const;
export type ExtractorModeName = (typeof EXTRACTOR_MODES)[number];

/** One extraction mode, opened and ready. */
export interface ExtractorMode {
  /** `rules`, `backbone`, or the file of an extractor module (`--extractor <file>`). */
  name: string;
  /** The extractor's version (`EXTRACTOR_VERSION`). */
  version: string;
  /** Extracts one article on its own (no memory of earlier articles, as the gold is per article). */
  extract: (article: ArticleDoc) => Promise<ArticleGraph>;
  /**
   * Operating-system ids of the helper processes doing this mode's work on this machine (the
   * backbone's watchdog and JVM), so that their CPU time and memory count towards the mode. Empty for
   * in-process modes and for servers elsewhere. Asked again at each measurement.
   */
  processIds: () => readonly number[];
  /** The mode's own counters (sentences parsed, fallen back to the rules), when it keeps any. */
  stats?: () => unknown;
  /** Stops what the mode started. */
  close: () => Promise<void>;
}

/** An opened mode, or why it could not be opened. */
export type OpenedMode = { ok: true; mode: ExtractorMode } | { ok: false; name: string; reason: string };

/** What `createExtractor` returns, read loosely (`extractArticle`, else `extract`). */
interface StageExtractor {
  extractArticle?: (article: ArticleDoc) => ArticleGraph | Promise<ArticleGraph>;
  extract?: (article: ArticleDoc) => ArticleGraph | Promise<ArticleGraph>;
  stats?: () => unknown;
}

type CreateExtractor = (options: {
  mode: ExtractorModeName;
  nlp?: unknown;
}) => StageExtractor | Promise<StageExtractor>;

/** What `connectNlp` returns, read loosely. */
export interface NlpServiceLike {
  client: unknown;
  pids?: () => readonly number[];
  close?: () => Promise<void>;
}

/** The parts of the pipeline the adapter uses; tests pass their own. */
export interface ExtractStage {
  /** The rules, article by article (`analyseArticle`). */
  extractArticle: (article: ArticleDoc) => ArticleGraph;
  EXTRACTOR_VERSION: string;
  createExtractor?: CreateExtractor;
  /** Reaches or starts the backbone's servers; absent until the pipeline has one. */
  connectNlp?: (log: (line: string) => void) => Promise<NlpServiceLike>;
}

type Loose = Record<string, unknown>;

/** `src/nlp/index.ts`, when it exists (a computed specifier, so that this compiles without it). */
async function loadNlpModule(): Promise<Loose | undefined> {
  const specifier = new URL('../nlp/index.js', import.meta.url).href;
  try {
    return (await import(specifier)) as Loose;
  } catch {
    return undefined;
  }
}

/**
 * The real pipeline: `analyseArticle` from `src/pipeline/stages.ts` for the rules, and its
 * `createExtractor` and `src/nlp`'s `connectNlp` for the backbone where they exist.
 */
export async function defaultExtractStage(): Promise<ExtractStage> {
  const create = (stages as Loose).createExtractor;
  const nlp = await loadNlpModule();
  const connect = nlp?.connectNlp;
  const readConfig = nlp?.readNlpConfig;
  return {
    extractArticle: (article) => stages.analyseArticle(article),
    EXTRACTOR_VERSION: stages.EXTRACTOR_VERSION,
    ...(typeof create === 'function' ? { createExtractor: create as CreateExtractor } : {}),
    ...(typeof connect === 'function' && typeof readConfig === 'function'
      ? {
          connectNlp: (log: (line: string) => void) =>
            (connect as (options: Loose) => Promise<NlpServiceLike>)({
              config: (readConfig as (root: string) => unknown)(PROJECT_ROOT),
              log,
            }),
        }
      : {}),
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function runner(made: StageExtractor): (article: ArticleDoc) => Promise<ArticleGraph> {
  const run = made.extractArticle ?? made.extract;
  if (run === undefined) throw new Error('createExtractor returned no extractArticle(article)');
  return async (article) => run.call(made, article);
}

/**
 * Opens one extraction mode. `rules` is always available (through `createExtractor({ mode: 'rules' })`
 * when the pipeline has it, else `analyseArticle`). `backbone` needs `createExtractor` and
 * `connectNlp`; it is reported unavailable, with the reason, when either is missing or the servers
 * cannot be reached or started.
 */
export async function openExtractorMode(
  name: ExtractorModeName,
  stage?: ExtractStage,
  log: (line: string) => void = () => {},
): Promise<OpenedMode> {
  const pipeline = stage ?? (await defaultExtractStage());
  const create = pipeline.createExtractor;
  const base = { name, version: pipeline.EXTRACTOR_VERSION };
  if (name === 'rules') {
    if (create === undefined) {
      const mode: ExtractorMode = {
        ...base,
        extract: (article) => Promise.resolve(pipeline.extractArticle(article)),
        processIds: () => [],
        close: () => Promise.resolve(),
      };
      return { ok: true, mode };
    }
    try {
      const made = await create({ mode: 'rules' });
      const mode: ExtractorMode = {
        ...base,
        extract: runner(made),
        processIds: () => [],
        close: () => Promise.resolve(),
      };
      return { ok: true, mode };
    } catch (error) {
      return { ok: false, name, reason: message(error) };
    }
  }
  if (create === undefined || pipeline.connectNlp === undefined) {
    return {
      ok: false,
      name,
      reason:
        'this build has no backbone yet (createExtractor in src/pipeline/stages.ts and connectNlp in src/nlp)',
    };
  }
  let nlp: NlpServiceLike;
  try {
    nlp = await pipeline.connectNlp(log);
  } catch (error) {
    return { ok: false, name, reason: message(error) };
  }
  const close = async (): Promise<void> => {
    await nlp.close?.call(nlp);
  };
  try {
    const made = await create({ mode: 'backbone', nlp: nlp.client });
    const stats = made.stats;
    const mode: ExtractorMode = {
      ...base,
      extract: runner(made),
      processIds: () => nlp.pids?.call(nlp) ?? [],
      ...(stats === undefined ? {} : { stats: () => stats.call(made) }),
      close,
    };
    return { ok: true, mode };
  } catch (error) {
    await close();
    return { ok: false, name, reason: message(error) };
  }
}
