import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EVENT_GROUP_STYLES,
  KIND_STYLES,
  eventGroupOf,
  eventRingRules,
  graphStylesheet,
  kindStyle,
} from './graph-style.js';

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

describe('event rings', () => {
  it('puts every event category of the ontology in exactly one legend group', async () => {
    const ontology = JSON.parse(
      await readFile(path.join(ROOT, 'src', 'knowledge', 'data', 'event-ontology.json'), 'utf8'),
    ) as { categories: { id: string }[] };
    for (const { id } of ontology.categories) {
      expect(
        EVENT_GROUP_STYLES.filter((group) => group.categories.includes(id)),
        id,
      ).toHaveLength(1);
    }
  });

  it('rings an event by the group of its kind', () => {
    const rules = eventRingRules({ FIGHT: ['RECAPTURE'], SPORT: ['MATCH'] });
    expect(rules).toContainEqual({
      selector: 'node[kind = "Event"][type = "RECAPTURE"]',
      style: { 'border-color': eventGroupOf('FIGHT')!.ring, 'border-width': 3, 'border-style': 'solid' },
    });
    expect(eventGroupOf('SPORT')?.ringStyle).toBe('double');
  });

  it('gives each event group its own ring line style or colour pair', () => {
    const pairs = EVENT_GROUP_STYLES.map((group) => `${group.ring}/${group.ringStyle}`);
    expect(new Set(pairs).size).toBe(EVENT_GROUP_STYLES.length);
  });
});
