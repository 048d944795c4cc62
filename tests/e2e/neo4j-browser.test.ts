/**
 * Neo4j Browser on the embedded server, in headless Chromium: started the way `npm start` starts it
 * (`browser.post_connect_cmd=style http://localhost:<port>/style.grass`), it loads the project's style by
 * itself on connect — nothing is pasted — and draws claims in their colour with a caption from their text.
 * A private embedded Neo4j is used, since the style URL is part of its configuration.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, freePort, PROJECT_ROOT, readDbConfig, type Database } from '../../src/db/index.js';
import { ensureSchema } from '../../src/pipeline/load/index.js';
import { readBrowserGuide } from '../../src/serve/browser-guide.js';
import { startServer, type RunningServer } from '../../src/serve/index.js';
import { ingestSeeds } from '../support/database.js';
import { BROWSER_TESTS_RUN, launchChromium } from './browser.js';

const ARTIFACTS = path.join(PROJECT_ROOT, 'tests', 'artifacts');
const CLAIM_COLOUR = 'rgb(204, 121, 167)';

let db: Database | undefined;
let instanceDir = '';
let server: RunningServer | undefined;
let browser: Browser | undefined;
let page: Page;
const outside: string[] = [];

describe.runIf(BROWSER_TESTS_RUN)('Neo4j Browser', () => {
  beforeAll(async () => {
    const apiPort = await freePort();
    const config = readDbConfig({
      ...process.env,
      NEO4J_URI: '',
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_HTTP_PORT: String(await freePort()),
      NEO4J_HEAP: process.env.NEO4J_TEST_HEAP ?? '512m',
      NEO4J_PAGECACHE: process.env.NEO4J_TEST_PAGECACHE ?? '128m',
    });
    const instance = `e2e-browser-${process.pid}`;
    instanceDir = path.join(config.embeddedDir, 'instances', instance);
    db = await connectDatabase({
      config,
      instance,
      fresh: true,
      order: ['embedded'],
      browserStyleUrl: `http://localhost:${apiPort}/style.grass`,
      log: () => undefined,
    });
    await ensureSchema(db.driver);
    await ingestSeeds(db.driver);
    server = await startServer({ driver: db.driver, port: apiPort, production: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Offline: only this machine answers (Browser's fonts and telemetry are refused).
    await page.route(
      (url) => !['localhost', '127.0.0.1'].includes(url.hostname),
      (route) => {
        outside.push(route.request().url());
        return route.abort();
      },
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
    if (instanceDir) await rm(instanceDir, { recursive: true, force: true });
  });

  it('loads the project style by itself on connect', async () => {
    const bolt = new URL(db!.uri).port;
    await page.goto(`${db!.httpUrl}/browser/?dbms=bolt://neo4j@127.0.0.1:${bolt}&preselectAuthMethod=NATIVE`);
    await page.fill('input[data-testid="password"]', db!.password);
    await page.click('button[data-testid="connect"]');
    await page.waitForFunction(
      () => (localStorage.getItem('neo4j.grass') ?? '').includes('"node.Claim"'),
      undefined,
      { timeout: 60_000 },
    );
    const grass = JSON.parse(
      await page.evaluate(() => localStorage.getItem('neo4j.grass') ?? '{}'),
    ) as Record<string, Record<string, string>>;
    expect(grass['node.Claim']).toMatchObject({ color: '#CC79A7', caption: '{text}' });
    expect(grass['node.Event']).toMatchObject({ color: '#E69F00', caption: '{label}' });
    await expect(page.locator('text=InvalidGrassError').count()).resolves.toBe(0);
  });

  it('draws claims in their colour, captioned by a short form of their text', async () => {
    await page.click('#monaco-main-editor');
    await page.keyboard.type('MATCH (c:Claim)-[r:CLAIMED_BY]->(a) RETURN c, r, a LIMIT 5');
    await page.keyboard.press('Enter');
    await page.waitForSelector('svg g.node', { timeout: 60_000 });
    const texts = (await db!.driver.executeQuery('MATCH (c:Claim) RETURN c.text AS text')).records.map((r) =>
      String(r.get('text')).replace(/\s+/g, ' '),
    );
    // Wait until the force layout has placed the nodes, so the screenshot shows them apart.
    await page.waitForTimeout(2000);
    const nodes = await page.$$eval('svg g.node', (groups) =>
      groups.map((g) => ({
        fill: getComputedStyle(g.querySelector('circle.b-outline') ?? g).fill,
        caption: [...g.querySelectorAll('text')].map((t) => (t.textContent ?? '').trim()).join(' '),
      })),
    );
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'neo4j-browser.png') });
    const claims = nodes.filter((node) => node.fill === CLAIM_COLOUR);
    expect(claims.length).toBeGreaterThan(0);
    for (const node of claims) {
      const caption = node.caption.replace(/\s+/g, ' ').trim();
      expect(caption).not.toMatch(/^\d+\.\d+\.\d+$/); // never the extractor version
      expect(caption.length).toBeLessThanOrEqual(60);
      // The caption is the start of the claim's text, cut to fit the node (the last word may be cut short).
      const whole = caption.replace(/…$/, '').split(' ').slice(0, -1).join(' ');
      expect(texts.some((text) => text.startsWith(whole))).toBe(true);
    }
  });

  it('plays the guide to the named queries from the API server', async () => {
    await page.click('#monaco-main-editor');
    await page.keyboard.type(`:play ${server!.url.replace(/\/graphql$/, '')}/browser-guide.html`);
    await page.keyboard.press('Enter');
    await page.locator('text=News graph: the named queries').first().waitFor({ timeout: 30_000 });
    // One slide per named query, after the title slide.
    const { slides } = await readBrowserGuide();
    await page
      .locator(`text=1 / ${slides.length + 1}`)
      .first()
      .waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'neo4j-browser-guide.png') });
  });
});
