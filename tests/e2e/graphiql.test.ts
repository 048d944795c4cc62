/**
 * The offline API console end to end, with the network blocked (every request to another host is aborted):
 * the landing page at /graphql cannot load Apollo Sandbox from its CDN and offers /graphiql/, where the
 * bundled GraphiQL runs a query against this server without a single request leaving it.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/index.js';
import { buildExplorer } from '../../src/explore/build.js';
import { startServer, type RunningServer } from '../../src/serve/index.js';
import { ingestSeeds, testDriver } from '../support/database.js';
import { BROWSER_TESTS_RUN, launchChromium } from './browser.js';

const ARTIFACTS = path.join(PROJECT_ROOT, 'tests', 'artifacts');

let outDir: string;
let server: RunningServer;
let origin: string;
let browser: Browser;
let context: BrowserContext;
/** Requests to other hosts, by the page that made them. */
const blocked: { page: string; url: string }[] = [];

describe.runIf(BROWSER_TESTS_RUN)('offline GraphQL console', () => {
  beforeAll(async () => {
    await ingestSeeds(testDriver());
    outDir = await mkdtemp(path.join(os.tmpdir(), 'graphiql-e2e-'));
    await buildExplorer(outDir);
    // Development mode: the landing page (Sandbox) and introspection are on, as with `npm start`.
    server = await startServer({ driver: testDriver(), port: 0, production: false, staticDir: outDir });
    origin = new URL(server.url).origin;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.route(
      (url) => !['localhost', '127.0.0.1'].includes(url.hostname),
      (route) => {
        blocked.push({ page: route.request().frame().url(), url: route.request().url() });
        return route.abort('internetdisconnected');
      },
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('offers the offline console on the landing page when Sandbox cannot load', async () => {
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: 'load' });
    const offer = page.locator('.fallback a[href="/graphiql/"]');
    await offer.waitFor({ state: 'attached' });
    expect(blocked.some((request) => request.url.includes('apollographql.com'))).toBe(true);
    await offer.click();
    await page.waitForURL(`${origin}/graphiql/`);
    await page.close();
  });

  it('runs a query in GraphiQL with no request outside this server', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The server's Content-Security-Policy allows scripts, styles and fonts from this server only.
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        errors.push(message.text());
    });
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(request.url());
    });
    const before = blocked.length;
    await page.goto(`${origin}/graphiql/`);
    await page.locator('.graphiql-execute-button').waitFor();
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await expect
      .poll(async () => (await result.textContent()) ?? '', { timeout: 60_000 })
      .toContain('"whoClaimedCredit"');
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('"claimant"');
    expect(text).not.toContain('"errors"');
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'graphiql.png') });
    expect(blocked.slice(before)).toEqual([]);
    expect(errors).toEqual([]);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((url) => url.startsWith(`${origin}/graphiql/fonts/`))).toBe(true);
    await page.close();
  });
});
