import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countSources, readSources, type SourceItem, type SourceOptions } from './index.js';
import { CORPUS_DIR } from '../../paths.js';

const PROSE =
  'Government forces retook the town on Sunday after a week of fighting, officials said. ' +
  'Residents began returning as engineers cleared the roads of mines and rubble.';

/** A good plain-text article. */
const article = (title: string): string => `${title}\n\n${PROSE}\n\n${PROSE}\n`;

/** Bad inputs, each with the words its rejection must contain. */
const BAD_FILES: readonly [name: string, content: string | Buffer, reason: RegExp][] = [
  ['empty.txt', '', /file is empty/],
  ['whitespace.txt', '  \n\n\t \r\n', /file is empty/],
  [
    'image.txt',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    /looks like a PNG image, not text/,
  ],
  [
    'report.txt',
    Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >>\n', 'latin1'),
    /looks like a PDF document, not text/,
  ],
  [
    'one-line.txt',
    `Title\n\n${'a'.repeat(1024 * 1024)}\n`,
    /not prose: a 1048576-character run with no space/,
  ],
  [
    'scripts.html',
    '<html><head><title>Page</title><script>var a = 1;</script></head><body><script>track()</script><nav>Home | News</nav></body></html>',
    /no article text found/,
  ],
  ['title-only.txt', 'Just a headline\n', /has a title but no article text/],
  [
    'notes.docx',
    'text in a file with the wrong extension',
    /unsupported file type \.docx; supported: \.txt.*\.csv/,
  ],
];

let dir: string;

async function collect(paths: string[], options?: SourceOptions): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(paths, { cwd: dir, ...options })) items.push(item);
  return items;
}

function only(items: SourceItem[]): SourceItem {
  expect(items).toHaveLength(1);
  return items[0] as SourceItem;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'source-test-'));
  const mixed = path.join(dir, 'mixed');
  await mkdir(path.join(mixed, 'nested'), { recursive: true });
  for (const [name, content] of BAD_FILES) await writeFile(path.join(mixed, name), content);
  await writeFile(path.join(mixed, 'a-good.txt'), article('First Good Article'));
  await writeFile(path.join(mixed, 'nested', 'b-good.md'), `# Second Good Article\n\n${PROSE}\n`);
  await writeFile(
    path.join(mixed, 'c-good.html'),
    `<html><head><title>Third Good Article | Example News</title><meta name="author" content="Ann Writer">
     <meta property="article:published_time" content="2016-03-27T08:00:00Z"><link rel="canonical" href="https://news.example/3">
     <style>p { color: red }</style></head><body><header>Site header</header><nav><p>Menu item</p></nav>
     <article><h1>Third Good Article</h1><p>${PROSE}</p><aside><p>Related: other story</p></aside><p>Second &amp; last paragraph.</p></article>
     <footer><p>Copyright footer</p></footer><script>alert(1)</script></body></html>`,
  );
  await writeFile(path.join(mixed, '.hidden.txt'), article('Hidden Article'));
  await writeFile(
    path.join(mixed, 'rows.csv'),
    [
      'title,text,url,author,date',
      `Row One,"${PROSE}",https://a.example/1,Ann Writer,2016-04-03`,
      `"Row, Two","${PROSE} She said ""yes"".",,,`,
      `Row Three,"unbalanced quote ${PROSE},,,`,
      `Row Four,"${PROSE}",,,,extra`,
      `Row Five,"${PROSE}",,,`,
    ].join('\n'),
  );
  await writeFile(
    path.join(mixed, 'lines.jsonl'),
    [
      JSON.stringify({ title: 'Json One', text: PROSE, outlet: 'Example Wire', date: 'April 3, 2016' }),
      '{"title": "broken json", ',
      '',
      JSON.stringify({ headline: 'Json Two', body: PROSE }),
      JSON.stringify(['not', 'an', 'object']),
    ].join('\n'),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readSources rejections', () => {
  it.each(BAD_FILES)('rejects %s with a clear reason', async (name, _content, reason) => {
    const item = only(await collect([path.join(dir, 'mixed', name)]));
    expect(item).toMatchObject({ ok: false, code: 'SOURCE_REJECTED', file: `mixed/${name}` });
    if (!item.ok) expect(item.reason).toMatch(reason);
  });

  it('rejects a file over maxBytes before reading it, saying how to raise the limit', async () => {
    await writeFile(path.join(dir, 'big.txt'), article('Big').repeat(50));
    const item = only(await collect([path.join(dir, 'big.txt')], { maxBytes: 1000 }));
    expect(item.ok).toBe(false);
    if (!item.ok)
      expect(item.reason).toMatch(
        /file is 16\.\d KB, over the 1000 bytes limit.*raise the maxBytes option \(ingest: --max-bytes\)/,
      );
  });

  it('reports a missing path as unreadable', async () => {
    const item = only(await collect([path.join(dir, 'no-such-file.txt')]));
    expect(item).toMatchObject({ ok: false, code: 'SOURCE_UNREADABLE', reason: 'no such file or folder' });
  });
});

describe('readSources encodings', () => {
  it.each([
    [
      'UTF-16 LE with a BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article('Café Title'), 'utf16le')]),
    ],
    [
      'UTF-16 BE with a BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(article('Café Title'), 'utf16le').swap16()]),
    ],
    [
      'UTF-8 with a BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article('Café Title'))]),
    ],
  ])('reads %s', async (_name, bytes) => {
    const file = path.join(dir, 'encoded.txt');
    await writeFile(file, bytes);
    const item = only(await collect([file]));
    expect(item.ok && item.article.title).toBe('Café Title');
    expect(item.ok && item.warnings).toEqual([]);
  });

  it('reads invalid UTF-8 as Windows-1252 with a warning', async () => {
    const file = path.join(dir, 'latin1.txt');
    await writeFile(
      file,
      Buffer.concat([
        Buffer.from('Price Rise\n\nIt now costs '),
        Buffer.from([0xa3]),
        Buffer.from('5. That is more.\n'),
      ]),
    );
    const item = only(await collect([file]));
    expect(item.ok && item.article.text).toBe('It now costs £5. That is more.');
    expect(item.ok && item.warnings.join(' ')).toMatch(/not valid UTF-8; decoded as Windows-1252/);
  });
});

describe('readSources articles', () => {
  it.each([
    ['jsonl', (url: string) => `${JSON.stringify({ title: 'Linked', text: PROSE, url })}\n`],
    ['csv', (url: string) => `title,text,url\nLinked,"${PROSE}",${url}\n`],
  ])('keeps only http(s) URLs from %s rows, and warns about the others', async (ext, content) => {
    const bad = path.join(dir, `script-url.${ext}`);
    await writeFile(bad, content('javascript:alert(document.cookie)'));
    const dropped = only(await collect([bad]));
    if (!dropped.ok) throw new Error(dropped.reason);
    expect(dropped.article.url).toBeUndefined();
    expect(dropped.warnings.join(' ')).toMatch(/url "javascript:alert\(document.cookie\)" .* dropped it/);
    const good = path.join(dir, `web-url.${ext}`);
    await writeFile(good, content('https://news.example/a'));
    const kept = only(await collect([good]));
    expect(kept.ok && kept.article.url).toBe('https://news.example/a');
  });

  it('uses the first sentence as the title when there is none, with a warning', async () => {
    const file = path.join(dir, 'untitled.jsonl');
    await writeFile(file, `${JSON.stringify({ text: PROSE })}\n`);
    const item = only(await collect([file]));
    expect(item.ok && item.article.title).toBe(
      'Government forces retook the town on Sunday after a week of fighting, officials said',
    );
    expect(item.ok && item.warnings.join(' ')).toMatch(/no title found/);
  });

  it('gives the same id on re-reading, and keeps it when the body is edited', async () => {
    const file = path.join(dir, 'edited.txt');
    await writeFile(file, article('Stable Title'));
    const first = only(await collect([file]));
    await writeFile(file, `Stable Title\n\n${PROSE} One more sentence.\n`);
    const second = only(await collect([file]));
    if (!first.ok || !second.ok) throw new Error('expected articles');
    expect(second.article.id).toBe(first.article.id);
    expect(second.article.contentHash).not.toBe(first.article.contentHash);
  });

  it('names a file outside the working directory by its file name, never by absolute path', async () => {
    const file = path.join(dir, 'mixed', 'a-good.txt');
    const item = only(await collect([file], { cwd: path.join(dir, 'elsewhere') }));
    expect(item.ok && item.article.sourceFile).toBe('a-good.txt');
  });

  it('names a file in a folder outside the working directory relative to the folder that holds it', async () => {
    const items = await collect([path.join(dir, 'mixed')], { cwd: path.join(dir, 'elsewhere') });
    const names = items.map((item) => item.file);
    expect(names).toContain('mixed/a-good.txt');
    expect(names.every((name) => !path.isAbsolute(name))).toBe(true);
  });

  it('takes a text file whose first line is a whole paragraph as untitled, with a warning', async () => {
    const file = path.join(dir, 'untitled.txt');
    await writeFile(file, `${PROSE} ${PROSE} ${PROSE}\n\n${PROSE}\n`);
    const item = only(await collect([file]));
    if (!item.ok) throw new Error(item.reason);
    expect(item.article.title).toBe(
      'Government forces retook the town on Sunday after a week of fighting, officials said',
    );
    expect(item.article.text.startsWith(PROSE)).toBe(true);
    expect(item.warnings.join(' ')).toMatch(/no title found; used the first sentence/);
  });
});

describe('readSources on a folder mixing good and bad files', () => {
  let items: SourceItem[];
  beforeAll(async () => {
    items = await collect(['mixed'].map((p) => path.join(dir, p)));
  });

  it('brings every good article through, in sorted order, skipping hidden files', () => {
    const titles = items.flatMap((i) => (i.ok ? [i.article.title] : []));
    expect(titles).toEqual([
      'First Good Article', // a-good.txt
      'Third Good Article', // c-good.html
      'Json One', // lines.jsonl
      'Json Two',
      'Second Good Article', // nested/b-good.md
      'Row One',
      'Row, Two',
      'Row Five',
    ]);
  });

  it('rejects each bad file once, by name', () => {
    const rejectedFiles = items.flatMap((i) => (i.ok ? [] : [i.file]));
    for (const [name] of BAD_FILES) expect(rejectedFiles).toContain(`mixed/${name}`);
  });

  it('rejects a broken CSV row alone, as file.csv#row-N', () => {
    const rows = items.filter((i) => i.file.startsWith('mixed/rows.csv'));
    expect(rows.map((i) => [i.file, i.ok])).toEqual([
      ['mixed/rows.csv#row-1', true],
      ['mixed/rows.csv#row-2', true],
      ['mixed/rows.csv#row-3', false],
      ['mixed/rows.csv#row-4', false],
      ['mixed/rows.csv#row-5', true],
    ]);
    const reasons = rows.flatMap((i) => (i.ok ? [] : [i.reason]));
    expect(reasons[0]).toMatch(/broken quoting: a quoted field opened on line 4 never closes/);
    expect(reasons[1]).toMatch(/expected 5 columns \(as in the header\), found 6/);
  });

  it('reads CSV columns into the article', () => {
    const row = items.find((i) => i.file === 'mixed/rows.csv#row-1');
    expect(row?.ok && row.article).toMatchObject({
      url: 'https://a.example/1',
      author: 'Ann Writer',
      publishedAt: '2016-04-03',
      datePrecision: 'DAY',
      sourceFile: 'mixed/rows.csv#row-1',
    });
    const quoted = items.find((i) => i.file === 'mixed/rows.csv#row-2');
    expect(quoted?.ok && quoted.article.text).toMatch(/She said "yes"\.$/);
  });

  it('rejects a bad JSONL line alone and reads the rest', () => {
    const lines = items.filter((i) => i.file.startsWith('mixed/lines.jsonl'));
    expect(lines.map((i) => [i.file, i.ok])).toEqual([
      ['mixed/lines.jsonl#row-1', true],
      ['mixed/lines.jsonl#row-2', false],
      ['mixed/lines.jsonl#row-4', true],
      ['mixed/lines.jsonl#row-5', false],
    ]);
    const first = lines[0];
    expect(first?.ok && first.article).toMatchObject({ outlet: 'Example Wire', publishedAt: '2016-04-03' });
  });

  it('reads an HTML article without its navigation, asides, footer or scripts', () => {
    const page = items.find((i) => i.file === 'mixed/c-good.html');
    if (!page?.ok) throw new Error('expected the HTML article');
    expect(page.article.text).toBe(`${PROSE}\n\nSecond & last paragraph.`);
    expect(page.article).toMatchObject({
      author: 'Ann Writer',
      url: 'https://news.example/3',
      publishedAt: '2016-03-27',
      datePrecision: 'DAY',
    });
  });

  it('estimates the item count for a progress bar', async () => {
    // 8 bad + 3 good single files + 6 CSV lines less the header + 5 JSONL lines (one blank).
    expect(await countSources([path.join(dir, 'mixed')], { cwd: dir })).toBe(8 + 3 + 5 + 5);
    expect(items).toHaveLength(8 + 3 + 5 + 4);
  });
});

describe('the seed articles', () => {
  const seeds = path.resolve(import.meta.dirname, '../../../seeds');

  it('reads all five with their headlines and bylines', async () => {
    const items = await collect([seeds]);
    const articles = items.flatMap((i) => (i.ok ? [i.article] : []));
    expect(articles.map((a) => a.title)).toEqual([
      'Could ISIS the End Of ISIS Be Near?',
      'ISIS Finally Driven Out Of Historical City Palmyra By Syrian Forces',
      'Syrian Forces Capture Vital ISIS Stronghold',
      'Russian Forces Help to Recapture Palmyra',
      'ISIS Pushed out of Palmyra by Syrian Government Forces',
    ]);
    const byFile = (prefix: string) => articles.find((a) => path.basename(a.sourceFile).startsWith(prefix));
    expect(byFile('002_')).toMatchObject({
      publishedAt: '2016-04-03',
      datePrecision: 'DAY',
      author: 'Hugh Baird',
    });
    expect(byFile('004_')).toMatchObject({ author: 'Hank Jirousek' });
    expect(byFile('004_')?.text).not.toMatch(/Leave a Reply|email address|Written by/);
    expect(byFile('002_')?.text).not.toMatch(/first appeared|Posted/);
  });
});

const AG_NEWS = path.join(CORPUS_DIR, 'ag-news', 'test.csv');

describe.skipIf(!existsSync(AG_NEWS))('the AG News test split', () => {
  it('streams 7,600 clean articles', async () => {
    let count = 0;
    let leftovers = 0;
    let withOutlet = 0;
    for await (const item of readSources([AG_NEWS])) {
      expect(item.ok ? '' : item.reason).toBe('');
      if (!item.ok) continue;
      count += 1;
      const all = `${item.article.title} ${item.article.text}`;
      if (/#39;|quot;|&lt;|#36;|\\/.test(all)) leftovers += 1;
      if (item.article.outlet !== undefined) withOutlet += 1;
    }
    expect(count).toBe(7600);
    expect(leftovers).toBe(0);
    expect(withOutlet).toBeGreaterThan(1000);
  });
});
