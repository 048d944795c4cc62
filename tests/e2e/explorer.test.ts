/**
 * The explorer page end to end: the real server (GraphQL + static page) over the test database with the
 * seed articles ingested, driven in headless Chromium. No mocks: every panel is filled from /graphql.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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

beforeAll(async () => {
  await ingestSeeds(testDriver());
  outDir = await mkdtemp(path.join(os.tmpdir(), 'explorer-e2e-'));
  await buildExplorer(outDir);
  server = await startServer({ driver: testDriver(), port: 0, production: true, staticDir: outDir });
  origin = new URL(server.url).origin;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

interface OpenPage {
  page: Page;
  /** Script errors, failed API calls and GraphQL errors seen so far; each test expects none. */
  problems: string[];
  /** One line per GraphQL call (`Search 200 312ms`), printed when a test fails. */
  calls: string[];
}

/** Opens the page, recording script errors, failed API calls and GraphQL errors. */
async function openExplorer(): Promise<OpenPage> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const problems: string[] = [];
  const calls: string[] = [];
  const started = new Map<string, number>();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql')) started.set(request.postData() ?? '', performance.now());
  });
  page.on('response', (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const body = response.request().postData() ?? '';
    const operation = /query (\w+)/.exec(body)?.[1] ?? 'anonymous';
    const ms = Math.round(performance.now() - (started.get(body) ?? performance.now()));
    calls.push(`${operation} ${response.status()} ${ms}ms`);
    if (!response.ok()) problems.push(`HTTP ${response.status()} from /graphql (${operation})`);
    void response
      .json()
      .then((json: { errors?: { message: string }[] }) => {
        for (const error of json.errors ?? []) problems.push(`${operation}: ${error.message}`);
      })
      .catch(() => problems.push(`${operation}: the answer is not JSON`));
  });
  await page.goto(`${origin}/`);
  return { page, problems, calls };
}

/** On failure, show what the page said and which API calls it made. */
async function explainFailure(opened: OpenPage | undefined): Promise<void> {
  if (!opened) return;
  const status = await opened.page.textContent('#status').catch(() => '(page closed)');
  console.log(`page status: ${status}\nGraphQL calls:\n  ${opened.calls.join('\n  ')}`);
  console.log(`problems: ${opened.problems.join('; ')}`);
}

/** The canvas has finished laying out what it draws. */
function layoutDone(page: Page): Promise<unknown> {
  return page.waitForSelector('#graph[data-layout="done"]');
}

function drawnNodeCount(page: Page): Promise<number> {
  return page.evaluate<number>('window.explorer.canvas.cy.nodes().length');
}

describe.runIf(BROWSER_TESTS_RUN)('explorer page', () => {
  let opened: OpenPage;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    opened = await openExplorer();
    ({ page, problems } = opened);
  });

  beforeEach((context) => context.onTestFailed(() => explainFailure(opened)));

  afterAll(async () => {
    await page?.close();
  });

  it('is served at / next to the API and loads its script and styles', async () => {
    await expect(page.title()).resolves.toBe('News graph explorer');
    const background = await page.evaluate(
      'getComputedStyle(document.querySelector("#graph")).borderTopStyle',
    );
    expect(background).toBe('solid');
  });

  it('searches "Palmyra" and draws its neighbourhood on the canvas', async () => {
    await page.fill('#search-input', 'Palmyra');
    await page.press('#search-input', 'Enter');
    await page.locator('#results button.item').first().waitFor();
    await expect(page.locator('#results button.item').first().textContent()).resolves.toContain('Palmyra');
    await layoutDone(page);

    const drawn = await drawnNodeCount(page);
    expect(drawn).toBeGreaterThan(3);
    // Every drawn node is in the keyboard list, and the kinds are told apart by shape as well as colour.
    await expect(page.locator('#node-list button.item').count()).resolves.toBe(drawn);
    const shapes = await page.evaluate<string[]>(
      '[...new Set(window.explorer.canvas.cy.nodes().map((n) => n.style("shape")))]',
    );
    expect(shapes.length).toBeGreaterThan(1);
  });

  it('shows a timeline of the events about the subject', async () => {
    await page.locator('#timeline button.tick').first().waitFor();
    const dates = await page.locator('#timeline button.tick time').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    const dated = dates.filter((date) => date !== 'undated');
    expect(dated).toEqual([...dated].sort());
  });

  it('selects the recapture event and shows its date, place, participants and claims', async () => {
    const recapture = page
      .locator('#node-list button.item, #results button.item')
      .filter({ hasText: 'Event' })
      .filter({ hasText: /recapture/i })
      .first();
    await recapture.click();
    const panel = page.locator('#details-body article[data-kind="Event"]');
    await panel.waitFor();
    await expect(panel.locator('h3').textContent()).resolves.toMatch(/recapture/i);
    const text = await panel.textContent();
    expect(text).toContain('Palmyra');
    expect(text).toMatch(/Date/);
    await expect(panel.locator('ul[aria-label="Participants"] li').count()).resolves.toBeGreaterThan(0);
    await expect(panel.locator('ol.sources li.source').count()).resolves.toBeGreaterThan(1);
    await expect(panel.locator('ul.claims button').count()).resolves.toBeGreaterThan(0);
    // Selecting from the list selects the node on the canvas too.
    const selected = await page.evaluate(
      'window.explorer.canvas.cy.nodes(":selected").map((n) => n.data("kind"))',
    );
    expect(selected).toEqual(['Event']);
  });

  it('opens a claim about it and shows every reporting article with the sentence highlighted', async () => {
    await page.locator('#details-body ul.claims button').first().click();
    const panel = page.locator('#details-body article[data-kind="Claim"]');
    await panel.waitFor();
    await expect(panel.locator('blockquote.quote').textContent()).resolves.not.toBe('');
    await expect(panel.locator('dl').textContent()).resolves.toContain('Claimed by');
    const sources = panel.locator('ol.sources li.source');
    expect(await sources.count()).toBeGreaterThan(0);
    const firstSource = sources.first();
    await expect(firstSource.locator('.source-title strong').textContent()).resolves.not.toBe('');
    const marked = await firstSource.locator('blockquote.evidence mark.mark-span').textContent();
    expect(marked?.trim().length).toBeGreaterThan(0);
    // The highlighted span lies inside the sentence shown, which the article's text contains.
    const sentence = await firstSource.locator('blockquote.evidence').textContent();
    expect(sentence).toContain(marked);

    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer.png') });
    expect(problems).toEqual([]);
  });

  it('expands a node on double-click', async () => {
    const before = await drawnNodeCount(page);
    // An article names actors that the place's neighbourhood does not reach, so expanding it adds nodes.
    const target = await page.evaluate<{ id: string; x: number; y: number }>(`(() => {
      const cy = window.explorer.canvas.cy;
      const box = cy.container().getBoundingClientRect();
      // An article node whose centre no other node covers and that lies inside the canvas, so the real
      // double-click lands on it whatever the layout did.
      const clear = (node) => {
        const p = node.renderedPosition();
        if (p.x < 10 || p.y < 10 || p.x > box.width - 10 || p.y > box.height - 10) return false;
        return cy.nodes().every((other) => {
          if (other.same(node)) return true;
          const b = other.renderedBoundingBox({ includeLabels: true });
          return p.x < b.x1 || p.x > b.x2 || p.y < b.y1 || p.y > b.y2;
        });
      };
      const articles = cy.nodes('[kind = "Article"]');
      const node = articles.filter(clear).first().nonempty() ? articles.filter(clear).first() : articles.first();
      const p = node.renderedPosition();
      return { id: node.id(), x: box.left + p.x, y: box.top + p.y };
    })()`);
    await page.mouse.dblclick(target.x, target.y);
    await page.waitForFunction(
      (id) =>
        (
          window as unknown as { explorer: { canvas: { store: { expanded: string[] } } } }
        ).explorer.canvas.store.expanded.includes(id),
      target.id,
    );
    await layoutDone(page);
    expect(await drawnNodeCount(page)).toBeGreaterThan(before);
    expect(problems).toEqual([]);
  });
});

describe.runIf(BROWSER_TESTS_RUN)('a new user', () => {
  let opened: OpenPage | undefined;

  beforeEach((context) => context.onTestFailed(() => explainFailure(opened)));

  afterEach(async () => {
    await opened?.page.close();
    opened = undefined;
  });

  it('reaches the claims about the recapture and their sources in three clicks', async () => {
    opened = await openExplorer();
    const { page, problems } = opened;
    let clicks = 0;
    // Click 1: the suggested event in the "Who claimed credit?" panel.
    const suggestion = page
      .locator('#credit-suggestions button')
      .filter({ hasText: /recapture/i })
      .first();
    await suggestion.click();
    clicks += 1;
    const answers = page.locator('#credit-answers li.credit');
    await answers.first().waitFor();
    await expect(answers.first().locator('blockquote.evidence').textContent()).resolves.not.toBe('');
    await expect(answers.first().locator('.hint').textContent()).resolves.toMatch(/source/);
    // Click 2: open the claim; its sources are listed with their sentences.
    await answers.first().locator('button.item').click();
    clicks += 1;
    const panel = page.locator('#details-body article[data-kind="Claim"]');
    await panel.waitFor();
    expect(await panel.locator('ol.sources li.source').count()).toBeGreaterThan(0);
    expect(await panel.locator('mark.mark-span').count()).toBeGreaterThan(0);
    expect(clicks).toBeLessThanOrEqual(3);
    expect(problems).toEqual([]);
  });

  it('can search and open a result with the keyboard alone, with a visible focus ring', async () => {
    opened = await openExplorer();
    const { page, problems } = opened;
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // search box
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('search-input');
    await page.keyboard.type('Palmyra');
    await page.keyboard.press('Enter');
    await page.locator('#results button.item').first().waitFor();
    await layoutDone(page);

    for (let i = 0; i < 5; i += 1) {
      const inResults = await page.evaluate('!!document.activeElement.closest("#results")');
      if (inResults) break;
      await page.keyboard.press('Tab');
    }
    await expect(page.evaluate('!!document.activeElement.closest("#results")')).resolves.toBe(true);
    const outline = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle');
    expect(outline).not.toBe('none');

    await page.keyboard.press('ArrowDown');
    const chosen = await page.evaluate<string>('document.activeElement.dataset.id');
    await page.keyboard.press('Enter');
    await page.locator(`#details-body article[data-id="${chosen}"]`).waitFor();
    // Focus moves to the details heading so a screen reader reads what opened.
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('details-title');
    expect(problems).toEqual([]);
  });
});
