import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../domain.js';
import { isModulePath, openModuleMode } from './open-module-mode.js';

const article: ArticleDoc = { id: 'a1', title: 'T', text: 'A.', contentHash: 'h', sourceFile: 'a1.txt' };

describe('isModulePath', () => {
  it.each<[string, boolean]>([
    ['rules', false],
    ['backbone', false],
    ['bench/backbone-extractor.ts', true],
    ['extractor.mjs', true],
  ])('%s → %s', (value, expected) => {
    expect(isModulePath(value)).toBe(expected);
  });
});

describe('openModuleMode', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'eval-module-'));
  const file = (name: string, body: string): string => {
    const full = path.join(dir, name);
    writeFileSync(full, body);
    return full;
  };

  it('opens a module exporting extractArticle, with its version and processes', async () => {
    const module = file(
      'good.mjs',
      `export const EXTRACTOR_VERSION = '7.0.0';
       export const processIds = () => [99];
       export async function extractArticle(article) { return { article, actors: [], places: [], mentions: [], events: [], eventReports: [], claims: [], claimReports: [] }; }`,
    );
    const opened = await openModuleMode(module);
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.mode.version).toBe('7.0.0');
    expect(opened.mode.processIds()).toEqual([99]);
    expect((await opened.mode.extract(article)).article.id).toBe('a1');
  });

  it.each<[string, string, string]>([
    ['a module without extractArticle', 'export const x = 1;', 'exports no extractArticle'],
    ['a module that does not load', 'export const = ;', 'could not load'],
  ])('reports %s', async (_case, body, reason) => {
    const opened = await openModuleMode(file(`bad-${reason.length}.mjs`, body));
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.reason).toContain(reason);
  });
});
