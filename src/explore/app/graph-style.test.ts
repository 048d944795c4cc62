import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_STYLES, graphStylesheet, kindStyle } from './graph-style.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const KINDS = Object.keys(KIND_STYLES);

/** `node.Actor { color: #0072B2; … }` → { Actor: { color: '#0072B2', … } } */
function parseGrass(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  for (const match of text.matchAll(/node\.(\w+)\s*\{((?:[^{}]|\{[^}]*\})*)\}/g)) {
    const properties: Record<string, string> = {};
    for (const line of (match[2] ?? '').split(';')) {
      const [key, ...value] = line.split(':');
      if (key?.trim()) properties[key.trim()] = value.join(':').trim();
    }
    rules[match[1] ?? ''] = properties;
  }
  return rules;
}

describe('kind styles', () => {
  it('gives every kind its own shape, so colour is never the only cue', () => {
    const shapes = KINDS.map((kind) => kindStyle(kind).shape);
    expect(new Set(shapes).size).toBe(KINDS.length);
  });

  it('falls back to a shape of its own for an unknown label', () => {
    expect(KINDS.map((kind) => kindStyle(kind).shape)).not.toContain(kindStyle('Unknown').shape);
  });

  it('has a canvas rule for every kind', () => {
    const selectors = graphStylesheet().map((block) => ('selector' in block ? block.selector : ''));
    for (const kind of KINDS) expect(selectors).toContain(`node[kind = "${kind}"]`);
  });

  it.each(KINDS)('uses the same colour for %s on the page, its legend and in Neo4j Browser', async (kind) => {
    const css = await readFile(path.join(ROOT, 'src', 'explore', 'styles.css'), 'utf8');
    const block = new RegExp(`\\.kind-${kind}\\s*\\{[^}]*background:\\s*(#[0-9a-fA-F]{6})`).exec(css);
    expect(block?.[1]?.toLowerCase()).toBe(kindStyle(kind).colour.toLowerCase());

    const grass = parseGrass(await readFile(path.join(ROOT, 'cypher', 'browser', 'style.grass'), 'utf8'));
    expect(grass[kind]?.color?.toLowerCase()).toBe(kindStyle(kind).colour.toLowerCase());
    expect(grass[kind]?.caption).toMatch(/^"\{\w+\}"$/);
  });
});
