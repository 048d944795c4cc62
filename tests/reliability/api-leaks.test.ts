/**
 * What responses carry and what they never reveal: security headers (helmet) on the explorer and the API, a
 * strict Content-Security-Policy except on the development Sandbox page (which brings its own), no source maps
 * from a production server, no absolute server path in any error (development included) or in
 * `Article.sourceFile`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/index.js';
import { startServer, type RunningServer } from '../../src/serve/index.js';
import { testDriver } from '../support/database.js';
import { copyBbcSample } from './support/corpus.js';
import { removeArticles } from './support/remove-articles.js';

let staticDir: string;
const servers: { production: RunningServer; development: RunningServer } = {} as never;

const base = (server: RunningServer) => server.url.replace(/\/graphql$/, '');
const post = (server: RunningServer, query: string) =>
  fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(30_000),
  });
/** An absolute path on a Unix disk, as a stack frame or message would show it. */
const ABSOLUTE_PATH = /(^|[\s("'=])\/(work|home|tmp|usr|root|var|opt)\//m;

beforeAll(async () => {
  staticDir = mkdtempSync(path.join(tmpdir(), 'leaks-static-'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>explorer</title>');
  writeFileSync(path.join(staticDir, 'app.js'), 'console.log(1);\n//# sourceMappingURL=app.js.map\n');
  writeFileSync(
    path.join(staticDir, 'app.js.map'),
    `{"version":3,"sources":["${PROJECT_ROOT}/src/explore/app/main.ts"]}`,
  );
  for (const production of [true, false]) {
    servers[production ? 'production' : 'development'] = await startServer({
      driver: testDriver(),
      port: 0,
      host: '127.0.0.1',
      production,
      staticDir,
    });
  }
});

afterAll(async () => {
  await servers.production.close();
  await servers.development.close();
  rmSync(staticDir, { recursive: true, force: true });
});

describe('security headers', () => {
  it.each([
    ['the explorer page', 'production', (s: RunningServer) => fetch(`${base(s)}/`)],
    ['an API answer', 'production', (s: RunningServer) => post(s, '{ __typename }')],
    ['a development API answer', 'development', (s: RunningServer) => post(s, '{ __typename }')],
  ] as const)('are sent with %s (%s)', async (_what, mode, request) => {
    const response = await request(servers[mode]);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https:/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('leave the development Sandbox page its own CSP, which admits only its scripts', async () => {
    const response = await fetch(servers.development.url, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('embeddable-sandbox');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-/);
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('source maps', () => {
  it('are not served in production', async () => {
    const response = await fetch(`${base(servers.production)}/app.js.map`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(PROJECT_ROOT);
    expect((await fetch(`${base(servers.production)}/app.js`)).status).toBe(200);
  });

  it('are served in development (so the check above is not vacuous)', async () => {
    expect((await fetch(`${base(servers.development)}/app.js.map`)).status).toBe(200);
  });
});

describe('errors', () => {
  it.each([
    ['an unknown field', '{ nope }', 'GRAPHQL_VALIDATION_FAILED'],
    ['a syntax error', '{ actors { ', 'GRAPHQL_PARSE_FAILED'],
    [
      'a self-referencing fragment',
      '{ actors { ...A } } fragment A on Actor { id ...A }',
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['a negative page', '{ actors(limit: -1) { id } }', 'BAD_USER_INPUT'],
  ])('name no server path for %s, even in development', async (_what, query, code) => {
    const response = await post(servers.development, query);
    const raw = await response.text();
    expect(raw).toContain(code);
    expect(raw).not.toContain(PROJECT_ROOT);
    expect(raw).not.toMatch(ABSOLUTE_PATH);
    expect(response.status).toBeLessThan(500);
  });

  it('still carry a stack trace in development, with relative paths', async () => {
    const raw = await (await post(servers.development, '{ nope }')).text();
    expect(raw).toMatch(/stacktrace/);
    expect(raw).toMatch(/\.\/node_modules\/graphql|…\//);
  });
});

describe('Article.sourceFile', () => {
  let sample: { dir: string };
  const ids: string[] = [];

  beforeAll(async () => {
    // Files outside the working directory, as the corpus is: they used to be stored by absolute path.
    sample = copyBbcSample(3, 'leaks-bbc-');
    const { ingest } = await import('../../src/pipeline/ingest.js');
    await ingest([sample.dir], { driver: testDriver(), onGraph: (graph) => ids.push(graph.article.id) });
  });

  afterAll(async () => {
    await removeArticles(testDriver(), ids);
    rmSync(sample.dir, { recursive: true, force: true });
  });

  it('is never an absolute path', async () => {
    const raw = await (await post(servers.production, '{ articles(limit: 200) { sourceFile } }')).text();
    const files = (JSON.parse(raw) as { data: { articles: { sourceFile: string | null }[] } }).data.articles;
    expect(files.length).toBeGreaterThan(0);
    for (const { sourceFile } of files) expect(path.isAbsolute(sourceFile ?? '')).toBe(false);
  });
});
