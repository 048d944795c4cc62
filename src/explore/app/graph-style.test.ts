import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EVENT_GROUP_STYLES,
  GROUP_RINGS,
  KIND_STYLES,
  cameoRuns,
  eventGroupOf,
  eventGroupStyles,
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

  it('has a ring of its own for every group of the ontology', async () => {
    const ontology = JSON.parse(
      await readFile(path.join(ROOT, 'src', 'knowledge', 'data', 'event-ontology.json'), 'utf8'),
    ) as { groups: { id: string }[] };
    expect(ontology.groups.map((group) => group.id).filter((id) => !GROUP_RINGS[id])).toEqual([]);
  });

  it('takes a category added to the data file into its group, with its CAMEO code in the label', () => {
    const [force] = eventGroupStyles({
      groups: [{ id: 'FORCE', label: 'Fighting and force' }],
      categories: [
        { id: 'FIGHT', cameo: '19', group: 'FORCE' },
        { id: 'NEW_FORCE', cameo: '20', group: 'FORCE' },
        { id: 'SPORT', cameo: null, group: 'SPORT_CULTURE' },
      ],
    });
    expect(force).toEqual({
      label: 'Fighting and force (CAMEO 19–20)',
      ...GROUP_RINGS.FORCE,
      categories: ['FIGHT', 'NEW_FORCE'],
    });
  });
});

describe('cameoRuns', () => {
  it.each([
    [['15', '17', '18', '19', '20'], '15, 17–20'],
    [['16', '01', '02', '03'], '01–03, 16'],
    [['07'], '07'],
  ])('writes %j as %s', (codes, text) => {
    expect(cameoRuns(codes)).toBe(text);
  });
});
