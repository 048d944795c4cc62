import path from 'node:path';

/** The project root: the folder above `src/`. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

/**
 * The read-only news corpus beside the project (`../shared/corpus`): the texts that the development and
 * held-out gold annotate, and the benchmark's input. CORPUS_DIR overrides it.
 */
export const CORPUS_DIR = path.resolve(
  PROJECT_ROOT,
  process.env.CORPUS_DIR ?? path.join('..', 'shared', 'corpus'),
);
