import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError } from './read-file.js';

/** A file to read, or an input path that could not be listed. */
/** `input` is the path given by the caller that the file was found under. */
export type InputEntry = { file: string; input: string } | { error: string; path: string; input: string };

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Expands files and folders into the files to read, in a deterministic order: inputs as given, each
 * folder recursively with entries sorted by name (code-unit order, independent of locale). Hidden
 * entries (a leading dot) and, inside folders, names matching `ignore` are skipped. Each file comes
 * out once even when reached twice (repeated inputs, symbolic links); folder loops are not followed.
 */
export async function* walkInputs(
  paths: readonly string[],
  ignore: RegExp,
  cwd: string,
): AsyncGenerator<InputEntry> {
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  async function* visit(file: string, input: string): AsyncGenerator<InputEntry> {
    let real: string;
    let isDir: boolean;
    try {
      real = await realpath(file);
      const info = await stat(real);
      isDir = info.isDirectory();
    } catch (error) {
      yield { error: describeFsError(error), path: file, input };
      return;
    }
    if (!isDir) {
      if (seenFiles.has(real)) return;
      seenFiles.add(real);
      yield { file, input };
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let names: string[];
    try {
      names = await readdir(file);
    } catch (error) {
      yield { error: describeFsError(error), path: file, input };
      return;
    }
    for (const name of names.sort(byName)) {
      if (name.startsWith('.')) continue;
      if (ignore.test(name)) continue;
      yield* visit(path.join(file, name), input);
    }
  }

  for (const input of paths) yield* visit(path.resolve(cwd, input), path.resolve(cwd, input));
}
