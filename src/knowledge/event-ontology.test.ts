import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_CATEGORIES, EVENT_TYPES } from '../domain.js';
import ontology from './data/event-ontology.json' with { type: 'json' };

const SCHEMA = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'schema.graphql'), 'utf8');

/** The values of one enum of schema.graphql. */
function enumValues(name: string): string[] {
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(SCHEMA)?.[1] ?? '';
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[A-Z_]+$/.test(line));
}

describe('the event ontology', () => {
  it('is the list of event kinds the API offers (schema.graphql EventKind)', () => {
    expect(enumValues('EventKind')).toEqual(ontology.kinds.map((kind) => kind.id));
  });

  it('is the list of event kinds and categories the code knows (domain.ts)', () => {
    expect([...EVENT_TYPES].sort()).toEqual(ontology.kinds.map((kind) => kind.id).sort());
    expect([...EVENT_CATEGORIES]).toEqual(ontology.categories.map((category) => category.id));
  });

  it('puts every kind in a category it defines, and every category in a group it defines', () => {
    const categories = new Set(ontology.categories.map((category) => category.id));
    const groups = new Set(ontology.groups.map((group) => group.id));
    expect(ontology.kinds.filter((kind) => !categories.has(kind.category))).toEqual([]);
    expect(ontology.categories.filter((category) => !groups.has(category.group))).toEqual([]);
  });
});
