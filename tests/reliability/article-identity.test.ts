/**
 * No article is lost to another's title: the BBC folder layout (numbered files, some sharing a title with
 * different text) ingests as one article per distinct text; an exact copy from another source is recorded as a
 * duplicate of the first with both sources kept; the summary adds up; a changed file replaces its own facts;
 * a `javascript:` URL is dropped with a warning. Runs the real pipeline on the shared test database and removes
 * what it wrote.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestSummary } from '../../src/pipeline/ingest.js';
import { readRows, testDriver } from '../support/database.js';
import { removeArticles } from './support/remove-articles.js';

const tag = `identity${process.pid}${Date.now().toString(36)}`;
const body = (words: string) =>
  `Officials in the town of ${tag} said on Monday that ${words}. ` +
  `Residents told reporters that the work would take several weeks, and the council agreed to meet again ` +
  `next month to review progress on the plan.\n\nThe minister for ${tag} welcomed the decision.\n`;

const SHARED_TITLE = `Broadband plan for ${tag} approved`;
const FILES: Record<string, string> = {
  'tech/001.txt': `${SHARED_TITLE}\n\n${body('the broadband plan was approved')}`,
  'tech/002.txt': `${SHARED_TITLE}\n\n${body('a second, different broadband plan was rejected')}`,
  'tech/003.txt': `Another story from ${tag}\n\n${body('the bridge would reopen')}`,
  // The same text as tech/001.txt under another title and folder: an exact duplicate.
  'world/101.txt': `Copy of the broadband story\n\n${body('the broadband plan was approved')}`,
};

let root: string;

async function run(): Promise<IngestSummary> {
  return ingest([path.join(root, 'bbc')], { driver: testDriver() });
}

async function articles(): Promise<
  { id: string; title: string; sourceFile: string; duplicateSources: string[] | null }[]
> {
  return readRows(
    testDriver(),
    `MATCH (a:Article) WHERE a.text CONTAINS $tag
     RETURN a.id AS id, a.title AS title, a.sourceFile AS sourceFile, a.duplicateSources AS duplicateSources
     ORDER BY sourceFile`,
    { tag },
  );
}

const addsUp = (s: IngestSummary) => s.written + s.unchanged + s.duplicates + s.rejected.length;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'identity-'));
  for (const [name, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(root, 'bbc', name)), { recursive: true });
    await writeFile(path.join(root, 'bbc', name), text);
  }
});

afterAll(async () => {
  await removeArticles(
    testDriver(),
    (await articles()).map((a) => a.id),
  );
  await rm(root, { recursive: true, force: true });
});

describe('ingesting the BBC folder layout', () => {
  it('keeps both same-title files as articles and records the exact copy on the first', async () => {
    const summary = await run();
    expect(summary).toMatchObject({ inputs: 4, written: 3, unchanged: 0, duplicates: 1, replaced: 0 });
    expect(summary.rejected).toEqual([]);
    expect(addsUp(summary)).toBe(summary.inputs);
    const stored = await articles();
    expect(stored.map((a) => a.sourceFile)).toEqual([
      'bbc/tech/001.txt',
      'bbc/tech/002.txt',
      'bbc/tech/003.txt',
    ]);
    expect(stored.filter((a) => a.title === SHARED_TITLE)).toHaveLength(2);
    expect(stored[0]?.duplicateSources).toEqual(['bbc/world/101.txt']);
  });

  it('names no file by an absolute path', async () => {
    for (const article of await articles()) expect(path.isAbsolute(article.sourceFile)).toBe(false);
  });

  it('changes nothing when run again, and says so in numbers that add up', async () => {
    const summary = await run();
    expect(summary).toMatchObject({ inputs: 4, written: 0, unchanged: 3, duplicates: 1 });
    expect(addsUp(summary)).toBe(summary.inputs);
    expect((await articles())[0]?.duplicateSources).toEqual(['bbc/world/101.txt']);
  });

  it('replaces the facts of a file that changed, under the same id', async () => {
    const before = await articles();
    await writeFile(
      path.join(root, 'bbc', 'tech/003.txt'),
      `Another story from ${tag}\n\n${body('the bridge stays shut')}`,
    );
    const summary = await run();
    expect(summary).toMatchObject({ written: 1, replaced: 1, unchanged: 2, duplicates: 1 });
    expect((await articles()).map((a) => a.id)).toEqual(before.map((a) => a.id));
  });
});

describe('a table row with a script URL', () => {
  it('goes in without the URL, with a warning', async () => {
    const file = path.join(root, 'bbc', 'feed.jsonl');
    const title = `Linked story from ${tag}`;
    await writeFile(
      file,
      `${JSON.stringify({ title, text: body('a link was sent'), url: 'javascript:alert(document.cookie)' })}\n`,
    );
    const warnings: string[] = [];
    const summary = await ingest([file], {
      driver: testDriver(),
      warn: (_file, message) => warnings.push(message),
    });
    expect(summary).toMatchObject({ inputs: 1, written: 1, warnings: 1 });
    expect(warnings.join(' ')).toMatch(/javascript:alert\(document\.cookie\).*dropped it/);
    const rows = await readRows<{ url: unknown }>(
      testDriver(),
      'MATCH (a:Article {title: $title}) RETURN a.url AS url',
      {
        title,
      },
    );
    expect(rows).toEqual([{ url: null }]);
  });
});
