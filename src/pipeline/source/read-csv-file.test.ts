import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources, type SourceItem, type SourceOptions } from './index.js';

let dir: string;

async function read(name: string, content: string | Buffer, options?: SourceOptions): Promise<SourceItem[]> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  const items: SourceItem[] = [];
  for await (const item of readSources([file], { cwd: dir, ...options })) items.push(item);
  return items;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'source-csv-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const AG_ROWS = [
  '"2","Sox Win Again (AP)","AP - Boston #39;s pitchers held on, and fans cheered  quot;finally quot;."',
  '"3","Oil Prices Rise (Reuters)","NEW YORK (Reuters) - Oil rose to  #36;50 a barrel.\\The rise \\$1 was steep."',
  '"4","Fears for T N pension after talks","Unions representing workers at Turner   Newall say they are disappointed."',
].join('\n');

describe('reading CSV', () => {
  it('detects the headerless AG News layout and cleans its text', async () => {
    const items = await read('ag.csv', `${AG_ROWS}\n`);
    expect(items.map((i) => i.ok && i.article)).toEqual([
      expect.objectContaining({
        title: 'Sox Win Again',
        outlet: 'AP',
        text: 'Boston\'s pitchers held on, and fans cheered "finally".',
        sourceFile: 'ag.csv#row-1',
      }),
      expect.objectContaining({
        title: 'Oil Prices Rise',
        outlet: 'Reuters',
        text: 'NEW YORK (Reuters) - Oil rose to $50 a barrel. The rise $1 was steep.',
      }),
      expect.objectContaining({ title: 'Fears for T N pension after talks', sourceFile: 'ag.csv#row-3' }),
    ]);
  });

  it('reads the AG News layout when told to, whatever the first row', async () => {
    const items = await read('forced.csv', '"x","A Title","Some text here."\n', { csvLayout: 'ag-news' });
    expect(items[0]?.ok && items[0].article.title).toBe('A Title');
  });

  it('rejects a CSV with neither a usable header nor the AG News layout, naming the columns it wants', async () => {
    const items = await read('unknown.csv', 'name,age\nAnn,30\n');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: false, file: 'unknown.csv', code: 'SOURCE_REJECTED' });
    expect(items[0]?.ok === false && items[0].reason).toMatch(/title, text, url/);
  });

  it('keeps a quoted field that spans lines', async () => {
    const items = await read(
      'multi.csv',
      'title,text\n"Two Lines","First line.\nSecond line."\nNext,"Next text."\n',
    );
    expect(items.map((i) => i.ok && i.article.text)).toEqual(['First line.\nSecond line.', 'Next text.']);
  });

  it('rejects a row with a stray quote and reads the rows after it', async () => {
    const items = await read(
      'stray.csv',
      'title,text\nGood,"Fine text."\nBad,"never closed\nAlso Good,"More text."\nLast,"Last text."\n',
    );
    expect(items.map((i) => [i.file, i.ok])).toEqual([
      ['stray.csv#row-1', true],
      ['stray.csv#row-2', false],
      ['stray.csv#row-3', true],
      ['stray.csv#row-4', true],
    ]);
  });

  it('reads a UTF-16 CSV with a BOM', async () => {
    const csv = 'title,text\nCafé Talks,"Ministers met in a café."\n';
    const items = await read(
      'utf16.csv',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]),
    );
    expect(items[0]?.ok && items[0].article.title).toBe('Café Talks');
  });

  it('warns about, and reads, a row that is not valid UTF-8', async () => {
    const items = await read(
      'latin1.csv',
      Buffer.concat([Buffer.from('title,text\nPrice,"It costs '), Buffer.from([0xa3]), Buffer.from('5."\n')]),
    );
    expect(items[0]?.ok && items[0].article.text).toBe('It costs £5.');
    expect(items[0]?.ok && items[0].warnings.join(' ')).toMatch(/Windows-1252/);
  });

  it('rejects a row over maxBytes alone', async () => {
    const items = await read('long.csv', `title,text\nLong,"${'word '.repeat(400)}"\nShort,"Short text."\n`, {
      maxBytes: 1000,
    });
    expect(items.map((i) => i.ok)).toEqual([false, true]);
    expect(items[0]?.ok === false && items[0].reason).toMatch(
      /longer than the 1000-byte limit; raise the maxBytes option \(ingest: --max-bytes\)/,
    );
  });

  it('warns about a date it cannot read and keeps the article', async () => {
    const items = await read('dates.csv', 'title,text,date\nT,"Some text.",someday\n');
    expect(items[0]?.ok && items[0].warnings.join(' ')).toMatch(/could not read the date "someday"/);
    expect(items[0]?.ok && items[0].article.publishedAt).toBeUndefined();
  });
});
