import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDir, provisionOnce, replaceDir } from './provision-once.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'provision-once-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('provisionOnce', () => {
  it('builds the first time and not again once the stamp is written', async () => {
    let builds = 0;
    const build = () => Promise.resolve(void (builds += 1));
    const target = path.join(dir, 'jars');
    expect(await provisionOnce(target, 'tool-1.0', build)).toBe(true);
    expect(await provisionOnce(target, 'tool-1.0', build)).toBe(false);
    expect(builds).toBe(1);
    expect(existsSync(path.join(target, '.provisioned-tool-1.0'))).toBe(true);
  });

  it('builds again when the stamp changes', async () => {
    await provisionOnce(dir, 'tool-1.0', () => Promise.resolve());
    expect(await provisionOnce(dir, 'tool-2.0', () => Promise.resolve())).toBe(true);
  });

  it('writes no stamp when the build fails, so the next run tries again', async () => {
    const failing = () => Promise.reject(new Error('network down'));
    await expect(provisionOnce(dir, 'tool-1.0', failing)).rejects.toThrow('network down');
    expect(existsSync(path.join(dir, '.provisioned-tool-1.0'))).toBe(false);
  });
});

describe('emptyDir and replaceDir', () => {
  it('clears what an interrupted build left, then puts the staged folder in place of the old one', async () => {
    const staging = path.join(dir, 'lib.staging');
    const lib = path.join(dir, 'lib');
    await emptyDir(lib);
    await writeFile(path.join(lib, 'old.jar'), '');
    await emptyDir(staging);
    await writeFile(path.join(staging, 'half.jar'), '');
    await emptyDir(staging);
    expect(await readdir(staging)).toEqual([]);
    await writeFile(path.join(staging, 'new.jar'), '');
    await replaceDir(staging, lib);
    expect(await readdir(lib)).toEqual(['new.jar']);
    expect(existsSync(staging)).toBe(false);
  });
});
