/**
 * Bad input in a real run: a folder that mixes good articles with every kind of file that is not one goes
 * through `npm run ingest` (a child process, against the test database). Each bad file is rejected with a
 * clear reason, files that can be read are read correctly, every good article goes into the graph, and the
 * exit status says "partial" (3).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readRows, SEEDS_DIR, testDriver } from '../support/database.js';
import { rejections, runIngest, type CliResult } from './support/run-cli.js';
import { removeArticles } from './support/remove-articles.js';

/** Every good article's title carries this tag, so the test finds (and later removes) exactly its own. */
const TAG = `rel${randomBytes(3).toString('hex')}`;
const dir = mkdtempSync(path.join(tmpdir(), 'bad-input-'));

const seeds = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(path.join(SEEDS_DIR, name), 'utf8'));

/**
 * A seed article with the tag added to its title and a closing line to its text: a new article, with its
 * own id and its own text (the same text under another name would be recorded as a duplicate of the seed).
 */
function taggedSeed(index: number, variant = ''): { title: string; body: string } {
  const [title = '', ...rest] = seeds[index]!.split('\n');
  const body = `${rest.join('\n').trim()}\n\nThis copy was filed as ${TAG}${variant}.`;
  return { title: `${title.trim()} (${TAG}${variant})`, body };
}

const paragraphs = (body: string): string[] => body.split(/\n\s*\n/).filter((p) => p.trim() !== '');
const csvCell = (value: string): string => `"${value.replace(/"/g, '""')}"`;
const MB = 1024 * 1024;

/** file name → what must happen to it: a reason pattern for rejections, or `read` for files that go in. */
const EXPECTED: Record<string, RegExp | 'read'> = {
  'good-1.txt': 'read',
  'good-2.txt': 'read',
  'good-3.md': 'read',
  'utf16-bom.txt': 'read',
  'latin1-not-utf8.txt': 'read',
  'no-title.html': 'read',
  'article-with-scripts.html': 'read',
  'broken.csv#row-1': 'read',
  'broken.csv#row-3': 'read',
  'empty.txt': /\[SOURCE_REJECTED\] file is empty/,
  'whitespace-only.txt': /\[SOURCE_REJECTED\] .*(empty|no article text)/,
  'report.pdf': /\[SOURCE_REJECTED\] unsupported file type \.pdf; supported: .*\.txt/,
  'report-renamed.txt': /\[SOURCE_REJECTED\] looks like a PDF document, not text/,
  'photo.png': /\[SOURCE_REJECTED\] unsupported file type \.png/,
  'photo-renamed.md': /\[SOURCE_REJECTED\] looks like a PNG image, not text/,
  'random-bytes.txt': /\[SOURCE_REJECTED\] .*(binary|control characters)/,
  'huge-20mb.txt': /\[SOURCE_REJECTED\] file is 20\.0 MB, over the 5\.0 MB limit for one article; raise/,
  'one-line-1mb.txt': /\[SOURCE_REJECTED\] not prose: more than 20000 characters with no sentence break/,
  'one-word-1mb.txt': /\[SOURCE_REJECTED\] not prose: a \d+-character run with no space/,
  'scripts-only.html': /\[SOURCE_REJECTED\] no article text found/,
  'broken.csv#row-2': /\[SOURCE_REJECTED\] broken quoting/,
};

function writeInputs(): void {
  const write = (name: string, content: string | Buffer) => writeFileSync(path.join(dir, name), content);
  for (const [name, index] of [
    ['good-1.txt', 0],
    ['good-2.txt', 2],
  ] as const) {
    const seed = taggedSeed(index);
    write(name, `${seed.title}\n\n${seed.body}\n`);
  }
  const md = taggedSeed(4);
  write('good-3.md', `# ${md.title}\n\n${md.body}\n`);

  const utf16 = taggedSeed(1);
  write('utf16-bom.txt', Buffer.from(`\ufeff${utf16.title}\r\n\r\n${utf16.body}\r\n`, 'utf16le'));

  // Windows-1252 bytes for é and £: not valid UTF-8, read with a fallback and a warning.
  write(
    'latin1-not-utf8.txt',
    Buffer.from(
      `Café owners in Paris face new tax (${TAG})\n\n` +
        'French President Jacques Chirac said in Paris on Monday that café owners would pay a new tax of £2m a year. ' +
        'The French government in Paris said the tax would start in January.\n',
      'latin1',
    ),
  );

  const noTitle = taggedSeed(3);
  const [first = '', ...more] = paragraphs(noTitle.body);
  write(
    'no-title.html',
    `<!doctype html><html><body><p>${TAG} report. ${first}</p>${more.map((p) => `<p>${p}</p>`).join('')}</body></html>`,
  );

  const scripted = taggedSeed(0, ' html');
  const script = (i: number) => `<script>function track${i}(){ alert("tracking ${i}"); }</script>`;
  write(
    'article-with-scripts.html',
    `<!doctype html><html><head><title>${scripted.title}</title>${script(0)}${script(1)}</head><body>` +
      `<h1>${scripted.title}</h1>` +
      paragraphs(scripted.body)
        .map((p, i) => `<p>${p}</p>${script(i + 2)}`)
        .join('') +
      '</body></html>',
  );

  write(
    'scripts-only.html',
    `<!doctype html><html><head><title>App</title></head><body>${Array.from({ length: 200 }, (_, i) => script(i)).join('\n')}</body></html>`,
  );

  write('empty.txt', '');
  write('whitespace-only.txt', ' \n\t\n   \r\n\n ');
  const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
  write('report.pdf', pdf);
  write('report-renamed.txt', pdf);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0', 'latin1'),
    randomBytes(64),
  ]);
  write('photo.png', png);
  write('photo-renamed.md', png);
  write('random-bytes.txt', Buffer.concat([Buffer.from([0x41, 0x00, 0xff, 0xfe]), randomBytes(4096)]));
  const sentence = 'The minister said the talks in Geneva would go on. ';
  write(
    'huge-20mb.txt',
    `A very long report\n\n${sentence.repeat(Math.ceil((20 * MB) / sentence.length))}`.slice(0, 20 * MB),
  );
  write('one-line-1mb.txt', 'lorem ipsum '.repeat(MB / 12));
  write('one-word-1mb.txt', `Title\n\n${'x'.repeat(MB)}`);

  const row = (n: number, index: number) => {
    const seed = taggedSeed(index, ` row ${n}`);
    return `${csvCell(seed.title)},${csvCell(seed.body)}`;
  };
  write(
    'broken.csv',
    ['title,text', row(1, 0), '"An unclosed quote,with text that never ends', row(3, 2), ''].join('\n'),
  );
}

describe('an ingest of a folder mixing good articles with bad files', () => {
  let result: CliResult;
  let articles: { id: string; title: string; text: string; sourceFile: string; facts: number }[];

  beforeAll(async () => {
    writeInputs();
    const { uri, username, password } = inject('neo4j');
    result = await runIngest([dir], { NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password });
    articles = await readRows(
      testDriver(),
      `MATCH (a:Article) WHERE a.sourceFile STARTS WITH $prefix
       RETURN a.id AS id, a.title AS title, a.text AS text, a.sourceFile AS sourceFile,
              count { (a)<-[:MENTIONED_IN|REPORTED_BY]-() } AS facts`,
      { prefix: `${path.basename(dir)}/` },
    );
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await removeArticles(
      testDriver(),
      (articles ?? []).map((a) => a.id),
    );
  });

  const name = (sourceFile: string) => path.basename(sourceFile);

  it('exits with status 3 (partial) and counts every input', () => {
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(result.code).toBe(3);
    const read = Object.values(EXPECTED).filter((v) => v === 'read').length;
    const inputs = Object.keys(EXPECTED).length;
    expect(result.stdout).toContain(`Ingested ${inputs} inputs`);
    expect(result.stdout).toMatch(
      new RegExp(`articles: ${read} written .* ${inputs - read} rejected = ${inputs} of ${inputs} inputs`),
    );
  });

  it('rejects each bad file with a code and a reason that says what is wrong', () => {
    const got = new Map([...rejections(result.stdout)].map(([file, reason]) => [name(file), reason]));
    const bad = Object.entries(EXPECTED).filter(([, v]) => v !== 'read') as [string, RegExp][];
    expect([...got.keys()].sort()).toEqual(bad.map(([file]) => file).sort());
    for (const [file, reason] of bad) expect(got.get(file), file).toMatch(reason);
  });

  it('writes every good article of the same run, with its facts', () => {
    const good = Object.keys(EXPECTED).filter((file) => EXPECTED[file] === 'read');
    expect(articles.map((a) => name(a.sourceFile)).sort()).toEqual(good.sort());
    for (const article of articles) {
      expect(article.title, article.sourceFile).toContain(TAG);
      expect(article.facts, `${article.sourceFile} has no facts`).toBeGreaterThan(0);
    }
  });

  it('reads UTF-16 with a byte-order mark as the same text as UTF-8', () => {
    const utf16 = articles.find((a) => name(a.sourceFile) === 'utf16-bom.txt');
    const plain = taggedSeed(1);
    expect(utf16?.title).toBe(plain.title);
    expect(utf16?.text).toContain(paragraphs(plain.body)[0]!.trim());
    for (const odd of ['\u0000', '\ufffd', '\ufeff']) expect(utf16?.text).not.toContain(odd);
  });

  it('reads a file that is not valid UTF-8 as Windows-1252 and warns about it', () => {
    const latin1 = articles.find((a) => name(a.sourceFile) === 'latin1-not-utf8.txt');
    expect(latin1?.title).toBe(`Café owners in Paris face new tax (${TAG})`);
    expect(latin1?.text).toContain('£2m');
    expect(result.stderr).toMatch(/latin1-not-utf8\.txt: not valid UTF-8; decoded as Windows-1252/);
  });

  it('gives an article without a title its first sentence as the title, with a warning', () => {
    const untitled = articles.find((a) => name(a.sourceFile) === 'no-title.html');
    expect(untitled?.title).toBe(`${TAG} report`);
    expect(result.stderr).toMatch(/no-title\.html: no title found; used the first sentence as the title/);
  });

  it('exits with status 1 when not one input is usable, listing each with its reason', async () => {
    const { uri, username, password } = inject('neo4j');
    const bad = ['empty.txt', 'report-renamed.txt', 'huge-20mb.txt'];
    const only = await runIngest(
      bad.map((file) => path.join(dir, file)),
      { NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password },
    );
    expect(only.code).toBe(1);
    expect([...rejections(only.stdout).keys()].map(name).sort()).toEqual([...bad].sort());
  });

  it('keeps script code out of the text of an HTML article', () => {
    const scripted = articles.find((a) => name(a.sourceFile) === 'article-with-scripts.html');
    expect(scripted?.title).toBe(taggedSeed(0, ' html').title);
    expect(scripted?.text).not.toMatch(/function track|alert\(/);
  });
});
