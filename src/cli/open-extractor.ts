import { PROJECT_ROOT } from '../paths.js';
import { AppError } from '../errors.js';
import { connectNlp, readNlpConfig } from '../nlp/index.js';
import { createExtractor, EXTRACTOR_MODES, type Extractor, type ExtractorMode } from '../pipeline/stages.js';

/** The mode used when neither `--extractor` nor EXTRACTOR says (see docs/quality.md for the comparison). */
export const DEFAULT_EXTRACTOR_MODE: ExtractorMode = 'rules';

/** The help text's lines for the option, shared by the commands that take it. */
export const EXTRACTOR_HELP = `  --extractor <m>    rules | backbone (default ${DEFAULT_EXTRACTOR_MODE}, or EXTRACTOR): backbone adds
                     Stanford CoreNLP (CORENLP_URL's servers, else one started here on loopback,
                     provisioned into .corenlp/ on first use); rules is the fast word-list path`;

/** The mode named by `--extractor` or EXTRACTOR; CONFIG_INVALID for anything else. */
export function extractorMode(
  option: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): ExtractorMode {
  const value = option ?? (env.EXTRACTOR || DEFAULT_EXTRACTOR_MODE);
  if (!(EXTRACTOR_MODES as readonly string[]).includes(value)) {
    throw new AppError(
      'CONFIG_INVALID',
      `--extractor takes ${EXTRACTOR_MODES.join(' or ')}, not "${value}".`,
    );
  }
  return value as ExtractorMode;
}

/** An extractor of the mode, with its CoreNLP started or reached (backbone), and how to let go of it. */
export async function openExtractor(
  mode: ExtractorMode,
  log: (line: string) => void,
): Promise<{ extractor: Extractor; close: () => Promise<void> }> {
  if (mode === 'rules') return { extractor: createExtractor({ mode }), close: () => Promise.resolve() };
  const nlp = await connectNlp({ config: readNlpConfig(PROJECT_ROOT), log });
  log(`Backbone: Stanford CoreNLP at ${nlp.urls.join(', ')}.`);
  return { extractor: createExtractor({ mode, nlp: nlp.client }), close: () => nlp.close() };
}
