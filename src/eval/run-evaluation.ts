import type { ArticleDoc } from '../domain.js';
import type { ExtractorMode, OpenedMode } from './extractor-modes.js';
import type { LoadedGoldSet } from './gold-sets.js';
import type { MeterDeps, ResourceMeter } from './resource-meter.js';
import { runMode, type ModeResult } from './run-mode.js';

/** A short article every mode extracts once while it is set up, so that first-call costs are setup. */
export const WARM_UP_ARTICLE: ArticleDoc = {
  id: 'warm-up',
  title: 'Warm-up',
  text:
    'The company said on Monday that it would cut 500 jobs in London. ' +
    '"We have no choice," its chief executive, John Smith, told reporters.',
  contentHash: 'warm-up',
  sourceFile: 'warm-up',
};

/** What {@link runEvaluation} needs from the outside. */
export interface RunEvaluationDeps {
  openMode: (name: string) => Promise<OpenedMode>;
  createMeter: (deps: Pick<MeterDeps, 'processIds'>) => ResourceMeter;
  now: () => number;
  warn: (message: string) => void;
  /** Told when a mode starts and ends (progress on stderr). */
  progress?: (message: string) => void;
}

/** The modes that ran with their scores, and those that could not be opened. */
export interface EvaluationResults {
  results: ModeResult[];
  unavailable: { name: string; reason: string }[];
}

async function warmUp(mode: ExtractorMode, warn: (message: string) => void): Promise<void> {
  try {
    await mode.extract(WARM_UP_ARTICLE);
  } catch (error) {
    warn(
      `${mode.name}: the warm-up extraction failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * Runs each mode in turn over every set: opens it (timed, with one warm-up extraction, as setup),
 * extracts and scores every article through a fresh resource meter, reads the meter, closes the mode.
 * Modes run one after the other, so that one's CPU and memory never count for another.
 */
export async function runEvaluation(
  modes: readonly string[],
  sets: readonly LoadedGoldSet[],
  deps: RunEvaluationDeps,
): Promise<EvaluationResults> {
  const out: EvaluationResults = { results: [], unavailable: [] };
  for (const name of modes) {
    deps.progress?.(`${name}: opening`);
    const start = deps.now();
    const opened = await deps.openMode(name);
    if (!opened.ok) {
      out.unavailable.push({ name, reason: opened.reason });
      continue;
    }
    const mode = opened.mode;
    try {
      await warmUp(mode, deps.warn);
      const setupSeconds = (deps.now() - start) / 1000;
      deps.progress?.(`${name}: extracting`);
      const meter = deps.createMeter({ processIds: mode.processIds });
      out.results.push(await runMode(mode, sets, { meter, setupSeconds, warn: deps.warn }));
    } finally {
      await mode.close();
    }
  }
  return out;
}
