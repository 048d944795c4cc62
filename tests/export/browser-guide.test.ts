/**
 * The Neo4j Browser guide (cypher/browser/guide.json, served at /browser-guide.html): one slide per named
 * query, and every slide's `:param` block and query run on the seed graph as Neo4j Browser would run them.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runNamed } from '../../src/db/index.js';
import { readBrowserGuide, renderBrowserGuide, type BrowserGuide } from '../../src/serve/browser-guide.js';
import { ingestSeeds, testDriver } from '../support/database.js';

let guide: BrowserGuide;

/**
 * A value as Neo4j Browser sends it back: Browser keeps `:param limit => 20` an INTEGER, while this test's
 * driver reads integers as JS numbers, which would go back as FLOAT.
 */
function asBrowserSends(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(asBrowserSends);
  return value;
}

/** `:param name => expression` → [name, expression]; Browser evaluates the expression with `RETURN`. */
function parseParam(line: string): [string, string] {
  const match = /^:param\s+(\w+)\s*=>\s*(.+)$/.exec(line);
  if (!match) throw new Error(`not a :param command: ${line}`);
  return [match[1]!, match[2]!];
}

beforeAll(async () => {
  await ingestSeeds();
  guide = await readBrowserGuide();
});

describe('Neo4j Browser guide', () => {
  it('has one slide for each named query in cypher/query/', async () => {
    const files = (await readdir(path.join(PROJECT_ROOT, 'cypher', 'query')))
      .filter((file) => file.endsWith('.cypher'))
      .map((file) => file.replace(/\.cypher$/, ''))
      .sort();
    expect(guide.slides.map((slide) => slide.query).sort()).toEqual(files);
    const html = renderBrowserGuide(guide);
    expect(html.match(/<slide /g)).toHaveLength(files.length + 1);
    expect(html.match(/data-role="params"/g)).toHaveLength(files.length);
  });

  it('runs every slide: its :param block sets the parameters and the query answers', async () => {
    const answered: string[] = [];
    for (const slide of guide.slides) {
      const session = testDriver().session({ defaultAccessMode: 'READ' });
      try {
        const params: Record<string, unknown> = {};
        for (const line of slide.params) {
          const [name, expression] = parseParam(line);
          const result = await session.run(`RETURN ${expression} AS value`);
          params[name] = asBrowserSends(result.records[0]?.get('value'));
        }
        const result = await runNamed(session, `query/${slide.query}`, params);
        if (result.records.length > 0) answered.push(slide.query);
      } finally {
        await session.close();
      }
    }
    console.log(`guide queries with rows on the seeds: ${answered.length}/${guide.slides.length}`);
    expect(answered).toEqual(
      expect.arrayContaining(['search', 'neighbourhood', 'who-claimed', 'timeline', 'claims-about']),
    );
  });
});
