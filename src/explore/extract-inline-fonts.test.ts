import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractInlineFonts } from './extract-inline-fonts.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('extractInlineFonts', () => {
  it('moves data: fonts into files beside the style sheet and points the sheet at them', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'fonts-'));
    const font = Buffer.from('wOF2 font bytes').toString('base64');
    const css = path.join(dir, 'page.css');
    await writeFile(
      css,
      `@font-face{src:url(data:font/woff2;base64,${font}) format("woff2")}a{background:url(data:image/png;base64,AA==)}`,
    );
    await expect(extractInlineFonts(css)).resolves.toBe(1);
    const [file] = await readdir(path.join(dir, 'fonts'));
    expect(file).toMatch(/^[0-9a-f]{16}\.woff2$/);
    await expect(readFile(path.join(dir, 'fonts', file!), 'utf8')).resolves.toBe('wOF2 font bytes');
    const rewritten = await readFile(css, 'utf8');
    expect(rewritten).toContain(`url(fonts/${file})`);
    expect(rewritten).not.toContain('data:font');
    expect(rewritten).toContain('data:image/png'); // images may stay inline (img-src allows data:)
  });
});
