import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Runs `build` into `dir` unless `dir` holds the stamp file `.provisioned-<stamp>`, and writes the stamp
 * once `build` has succeeded, so a build that failed or was killed half-way runs again next time. Bump the
 * stamp when what is built changes. Resolves true when it built, false when the stamp was there.
 */
export async function provisionOnce(
  dir: string,
  stamp: string,
  build: () => Promise<void>,
): Promise<boolean> {
  const stampFile = path.join(dir, `.provisioned-${stamp}`);
  if (existsSync(stampFile)) return false;
  await mkdir(dir, { recursive: true });
  await build();
  await writeFile(stampFile, `${new Date().toISOString()}\n`);
  return true;
}

/** Makes `dir` an empty folder (deleting what an interrupted build left there); resolves to `dir`. */
export async function emptyDir(dir: string): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Puts the built `staged` folder in the place of `target`, replacing what was there. */
export async function replaceDir(staged: string, target: string): Promise<void> {
  await rm(target, { recursive: true, force: true });
  await rename(staged, target);
}
