import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../db/index.js';
import { exportKindStyle, STYLED_KINDS } from './kind-style.js';

interface Perspective {
  categories: {
    name: string;
    color: string;
    labels: string[];
    properties: { name: string; isCaption: boolean }[];
  }[];
  templates: { name: string; cypher: string; params: { name: string }[] }[];
}

const read = async (): Promise<Perspective> =>
  JSON.parse(
    await readFile(path.join(PROJECT_ROOT, 'cypher', 'browser', 'bloom-perspective.json'), 'utf8'),
  ) as Perspective;

describe('Bloom perspective', () => {
  it('has one category per node label, in the colours every other client uses, with one caption each', async () => {
    const perspective = await read();
    expect(perspective.categories.map((c) => c.name)).toEqual([...STYLED_KINDS]);
    for (const category of perspective.categories) {
      expect(category.labels).toEqual([category.name]);
      expect(category.color).toBe(exportKindStyle(category.name).colour);
      expect(category.properties.filter((p) => p.isCaption)).toHaveLength(1);
    }
  });

  it('gives every search phrase the parameters its Cypher uses', async () => {
    const { templates } = await read();
    expect(templates.length).toBeGreaterThan(3);
    for (const template of templates) {
      const used = [...new Set(template.cypher.match(/\$\w+/g) ?? [])].sort();
      expect([template.name, used]).toEqual([template.name, template.params.map((p) => p.name).sort()]);
    }
  });
});
