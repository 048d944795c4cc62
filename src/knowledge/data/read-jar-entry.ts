import { execFileSync } from 'node:child_process';

/** The models jar the generators read by default: the one the backbone provisions. */
export const MODELS_JAR = '.corenlp/lib/stanford-corenlp-4.5.7-models.jar';

/**
 * The text of one file inside a jar (a zip), read with `unzip -p`: used by the generators that turn
 * tables of the CoreNLP models jar into data files. Throws when `unzip` or the entry is missing.
 */
export function readJarEntry(jar: string, entry: string): string {
  return execFileSync('unzip', ['-p', jar, entry], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
