/**
 * The one place where the evaluation meets the extract stage: each extraction mode (the rules, the
 * linguistic backbone) becomes an {@link ExtractorMode}, a function from an article to its graph plus
 * what the resource meter needs. Nothing else in `src/eval/` knows how a mode is made.
 */
import type { ArticleDoc, ArticleGraph } from '../domain.js';
import * as extractStage from '../pipeline/extract/index.js';
import * as stages from '../pipeline/stages.js';

/** The extraction modes the evaluation compares. */
export const EXTRACTOR_MODES = ['rules', 'backbone'] as const;
export type ExtractorModeName = (typeof EXTRACTOR_MODES)[number];

/** One extraction mode, opened and ready. */
export interface ExtractorMode {
  name: ExtractorModeName;
  /** The extractor's version (`EXTRACTOR_VERSION`, or the one the mode reports). */
  version: string;
  /** Extracts one article on its own (no memory of earlier articles, as the gold is per article). */
  extract: (article: ArticleDoc) => Promise<ArticleGraph>;
  /**
   * Operating-system ids of the helper processes doing this mode's work on this machine (the
   * backbone's JVM), so that their CPU time and memory count towards the mode. Empty for in-process
   * modes and for servers elsewhere. Asked again at each measurement: a pool may start workers late.
   */
  processIds: () => readonly number[];
  /** Stops what the mode started. */
  close: () => Promise<void>;
}

/** An opened mode, or why it could not be opened. */
export type OpenedMode =
  { ok: true; mode: ExtractorMode } | { ok: false; name: ExtractorModeName; reason: string };

/**
 * What the backbone's entry point is expected to return (`createExtractor` exported from
 * `src/pipeline/stages.ts`, or from `src/pipeline/extract/index.ts`). Read loosely, so that the evaluation runs before and after it
 * exists: `extract` or `extractArticle`, `processIds` or `pids`, `close` optional.
 */
interface StageExtractor {
  version?: string;
  extract?: (article: ArticleDoc) => ArticleGraph | Promise<ArticleGraph>;
  extractArticle?: (article: ArticleDoc) => ArticleGraph | Promise<ArticleGraph>;
  processIds?: () => readonly number[];
  pids?: () => readonly number[];
  close?: () => Promise<void> | void;
}

type CreateExtractor = (options: { mode: ExtractorModeName }) => Promise<StageExtractor> | StageExtractor;

/** The parts of the extract stage the adapter uses; tests pass their own. */
export interface ExtractStage {
  extractArticle: (article: ArticleDoc) => ArticleGraph;
  EXTRACTOR_VERSION: string;
  createExtractor?: CreateExtractor;
}

/**
 * The real pipeline: `analyseArticle` (source → extract → resolve → extract, `src/pipeline/stages.ts`)
 * for the rules, and `createExtractor` from the stages or the extract stage when one has it.
 */
export function defaultExtractStage(): ExtractStage {
  const create =
    (stages as Record<string, unknown>).createExtractor ??
    (extractStage as Record<string, unknown>).createExtractor;
  return {
    extractArticle: (article) => stages.analyseArticle(article),
    EXTRACTOR_VERSION: stages.EXTRACTOR_VERSION,
    ...(typeof create === 'function' ? { createExtractor: create as CreateExtractor } : {}),
  };
}

function fromStageExtractor(
  name: ExtractorModeName,
  made: StageExtractor,
  fallbackVersion: string,
): ExtractorMode {
  const run = made.extract ?? made.extractArticle;
  if (run === undefined) {
    throw new Error(`createExtractor({ mode: '${name}' }) returned no extract(article) function`);
  }
  const ids = made.processIds ?? made.pids;
  return {
    name,
    version: made.version ?? fallbackVersion,
    extract: async (article) => run.call(made, article),
    processIds: () => (ids === undefined ? [] : ids.call(made)),
    close: async () => {
      await made.close?.call(made);
    },
  };
}

/**
 * Opens one extraction mode. `rules` is always available (through `createExtractor` when the stage
 * has it, else `extractArticle`); `backbone` needs `createExtractor({ mode: 'backbone' })` from the
 * extract stage, and is reported unavailable, with the reason, when that is missing or fails to start.
 */
export async function openExtractorMode(
  name: ExtractorModeName,
  stage: ExtractStage = defaultExtractStage(),
): Promise<OpenedMode> {
  const create = stage.createExtractor;
  if (create === undefined) {
    if (name === 'rules') {
      return {
        ok: true,
        mode: {
          name,
          version: stage.EXTRACTOR_VERSION,
          extract: (article) => Promise.resolve(stage.extractArticle(article)),
          processIds: () => [],
          close: () => Promise.resolve(),
        },
      };
    }
    return {
      ok: false,
      name,
      reason:
        'the pipeline has no createExtractor({ mode }) yet (src/pipeline/stages.ts or src/pipeline/extract/index.ts)',
    };
  }
  try {
    return {
      ok: true,
      mode: fromStageExtractor(name, await create({ mode: name }), stage.EXTRACTOR_VERSION),
    };
  } catch (error) {
    return { ok: false, name, reason: error instanceof Error ? error.message : String(error) };
  }
}
