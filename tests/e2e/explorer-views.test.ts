/**
 * The explorer's views in headless Chromium on the real server and the seed graph: the neighbourhood drawn
 * by fCoSE with label collision control (read back from Cytoscape), edge labels on hover, the claim-centred
 * view, the map of places, and results told apart by date, agent and place. Screenshots of each view are
 * kept in tests/artifacts/ (git-ignored).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/index.js';
import { buildExplorer } from '../../src/explore/build.js';
import { startServer, type RunningServer } from '../../src/serve/index.js';
import { ingestSeeds, readRows, testDriver } from '../support/database.js';
import { BROWSER_TESTS_RUN, launchChromium } from './browser.js';

const ARTIFACTS = path.join(PROJECT_ROOT, 'tests', 'artifacts');

let outDir: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

interface LabelReport {
  nodes: number;
  shown: number;
  overlaps: string[];
}

/**
 * Reads the box of every caption Cytoscape draws (not hidden by collision control, and big enough at the
 * current zoom to be drawn at all: font size × zoom ≥ min-zoomed-font-size) and lists the pairs that overlap.
 */
const READ_LABELS = `(() => {
  const cy = window.explorer.canvas.cy;
  const drawn = (n) => parseFloat(n.style('font-size')) * cy.zoom() >= parseFloat(n.style('min-zoomed-font-size'));
  const shown = cy.nodes().filter((n) => !n.hasClass('quiet') && String(n.style('label')) !== '' && drawn(n));
  const boxes = shown.map((n) => ({
    id: n.id(),
    box: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }),
  })).filter((b) => b.box.w > 0 && b.box.h > 0);
  const overlaps = [];
  for (let i = 0; i < boxes.length; i += 1)
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i].box, b = boxes[j].box;
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps.push(boxes[i].id + ' / ' + boxes[j].id);
    }
  return { nodes: cy.nodes().length, shown: boxes.length, overlaps };
})()`;

/** The canvas has laid out what it draws and no API call is pending. */
async function layoutDone(): Promise<void> {
  await page.waitForSelector('body:not([aria-busy])');
  await page.waitForSelector('#graph[data-layout="done"]');
}

async function drawnCount(): Promise<number> {
  return page.evaluate<number>('window.explorer.canvas.cy.nodes().length');
}

describe.runIf(BROWSER_TESTS_RUN)('explorer views', () => {
  beforeAll(async () => {
    await ingestSeeds(testDriver());
    outDir = await mkdtemp(path.join(os.tmpdir(), 'explorer-views-'));
    await buildExplorer(outDir);
    server = await startServer({ driver: testDriver(), port: 0, production: true, staticDir: outDir });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${new URL(server.url).origin}/`);
    await mkdir(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('lays out a 50-node view with no overlapping node labels (label boxes read from Cytoscape)', async () => {
    await page.fill('#search-input', 'Palmyra');
    await page.press('#search-input', 'Enter');
    await layoutDone();
    // Expand articles until at least 50 nodes are drawn.
    for (let attempt = 0; attempt < 8 && (await drawnCount()) < 50; attempt += 1) {
      const row = page.locator('#node-list li.node-row').filter({ hasText: 'Article' }).nth(attempt);
      const id = await row.locator('button.item').getAttribute('data-id');
      await row.locator('button.expand').click();
      // Expanded once its neighbourhood is merged, whether or not it brought new nodes.
      await page.waitForFunction(
        (expandedId) =>
          (
            window as unknown as { explorer: { canvas: { store: { expanded: string[] } } } }
          ).explorer.canvas.store.expanded.includes(expandedId ?? ''),
        id,
      );
      await layoutDone();
    }
    const report = await page.evaluate<LabelReport>(READ_LABELS);
    console.log(
      `${report.nodes} nodes drawn, ${report.shown} captions shown, ${report.overlaps.length} overlapping pairs`,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-50-nodes.png') });
    expect(report.nodes).toBeGreaterThanOrEqual(50);
    expect(report.overlaps).toEqual([]);
    // Collision control may hide a caption, but most stay readable without hovering.
    expect(report.shown / report.nodes).toBeGreaterThan(0.6);
  });

  it('shows the edge labels of a node on hover', async () => {
    const target = await page.evaluate<{ x: number; y: number; id: string }>(`(() => {
      const cy = window.explorer.canvas.cy;
      const box = cy.container().getBoundingClientRect();
      const node = cy.nodes().filter((n) => n.degree() > 0).sort((a, b) => b.degree() - a.degree()).first();
      const p = node.renderedPosition();
      return { id: node.id(), x: box.left + p.x, y: box.top + p.y };
    })()`);
    await page.mouse.move(target.x, target.y);
    await page.waitForFunction((id) => {
      const cy = (
        window as unknown as {
          explorer: { canvas: { cy: { getElementById(id: string): { hasClass(c: string): boolean } } } };
        }
      ).explorer.canvas.cy;
      return cy.getElementById(id).hasClass('hover');
    }, target.id);
    const labels = await page.evaluate<string[]>(
      `window.explorer.canvas.cy.getElementById(${JSON.stringify(target.id)}).connectedEdges().map((e) => String(e.style('label')))`,
    );
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((label) => label.length > 0)).toBe(true);
    await page.mouse.move(5, 5);
  });

  it('tells search results apart by date, agent and place', async () => {
    await page.fill('#search-input', 'Palmyra');
    await page.press('#search-input', 'Enter');
    await page.locator('#results button.item .item-note').first().waitFor();
    const rows = await page.$$eval('#results button.item', (buttons) =>
      buttons.map((b) => ({
        kind: b.querySelector('.item-kind')?.textContent ?? '',
        text: b.querySelector('.item-text')?.textContent ?? '',
        note: b.querySelector('.item-note')?.textContent ?? '',
      })),
    );
    const events = rows.filter((row) => row.kind === 'Event');
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.note).toMatch(/^(undated|\d{4}(-\d\d){0,2})( · .+)?$/);
    // Results with the same caption differ in what their note says.
    const seen = new Map<string, Set<string>>();
    for (const row of rows)
      seen.set(`${row.kind} ${row.text}`, (seen.get(`${row.kind} ${row.text}`) ?? new Set()).add(row.note));
    const twins = [...seen.entries()].filter(
      ([key]) => rows.filter((r) => `${r.kind} ${r.text}` === key).length > 1,
    );
    for (const [, notes] of twins) expect(notes.size).toBeGreaterThan(1);
    await layoutDone();
  });

  it('draws the claim-centred view: speaker → claim → credited or about, articles folded into counts', async () => {
    await page.click('#tab-claims');
    await page.waitForFunction(
      () =>
        (
          window as unknown as { explorer: { canvas: { cy: { nodes(s: string): { length: number } } } } }
        ).explorer.canvas.cy.nodes('[kind = "Claim"]').length > 0,
    );
    await layoutDone();
    const kinds = await page.evaluate<string[]>(
      '[...new Set(window.explorer.canvas.cy.nodes().map((n) => n.data("kind")))]',
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-claims.png') });
    console.log(`claim view: ${JSON.stringify(kinds)}, ${await drawnCount()} nodes`);
    expect(kinds).toContain('Claim');
    expect(kinds).toContain('Actor');
    expect(kinds).not.toContain('Article');
    const claimLabels = await page.evaluate<string[]>(
      'window.explorer.canvas.cy.nodes("[kind = \\"Claim\\"]").map((n) => n.data("label"))',
    );
    for (const label of claimLabels) expect(label).toMatch(/^\d+ sources? · ./);
    const edgeTypes = await page.evaluate<string[]>(
      '[...new Set(window.explorer.canvas.cy.edges().map((e) => e.data("label")))]',
    );
    expect(edgeTypes).toContain('said');
    const report = await page.evaluate<LabelReport>(READ_LABELS);
    expect(report.overlaps).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-claims.png') });
  });

  it('draws every place that has coordinates on the offline map, with its events and claims', async () => {
    const [expected] = await readRows<{ count: number }>(
      testDriver(),
      'MATCH (p:Place) WHERE p.latitude IS NOT NULL AND p.longitude IS NOT NULL RETURN count(p) AS count',
    );
    await page.click('#tab-map');
    await page.waitForSelector('#map[data-places] svg.place-map');
    const drawn = await page.$$eval('#map circle.place', (circles) =>
      circles.map((c) => c.getAttribute('data-id') ?? ''),
    );
    console.log(`map: ${drawn.length} places drawn of ${expected?.count} with coordinates`);
    expect(drawn.length).toBe(expected?.count);
    expect(new Set(drawn).size).toBe(drawn.length);
    await expect(page.locator('#map path.country').count()).resolves.toBeGreaterThan(100);
    await expect(page.locator('#map .event-marker').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#map .claim-marker').count()).resolves.toBeGreaterThan(0);
    // Every marker is inside the drawing.
    const outside = await page.$$eval('#map circle.place', (circles) => {
      const svg = (circles[0] as SVGCircleElement | undefined)?.ownerSVGElement?.getBoundingClientRect();
      return circles.filter((c) => {
        const r = c.getBoundingClientRect();
        return !svg || r.x < svg.x || r.y < svg.y || r.right > svg.right || r.bottom > svg.bottom;
      }).length;
    });
    expect(outside).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-map.png') });
    // A city's marker is drawn over the country around it, and opens the city's details.
    await page.locator('#map circle.place[data-id="plc_palmyra"]').click();
    await page.locator('#details-body article[data-kind="Place"]').waitFor();
    expect(problems).toEqual([]);
  });
});
