import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../domain.js';
import { PROJECT_ROOT } from '../paths.js';
import { GENERATED_MARK, renderEventKindTables } from './event-kinds-doc.js';

const doc = readFileSync(path.join(PROJECT_ROOT, 'docs', 'events.md'), 'utf8');

describe('docs/events.md', () => {
  it('lists the kinds of the ontology as it is now (regenerate with `npm run docs:events`)', () => {
    expect(doc.slice(doc.indexOf(GENERATED_MARK))).toBe(renderEventKindTables());
  });

  it.each(EVENT_TYPES)('has a row for %s', (type) => {
    expect(renderEventKindTables()).toContain(`| \`${type}\` |`);
  });

  it('puts a kind in the group of its category', () => {
    const tables = renderEventKindTables({
      groups: [
        { id: 'G1', label: 'First' },
        { id: 'G2', label: 'Second' },
      ],
      categories: [{ id: 'C', label: 'Cat', group: 'G2' }],
      kinds: [{ id: 'K', category: 'C', cameo: null, gloss: 'a | b' }],
    });
    expect(tables.indexOf('| `K` | Cat | – | a \\| b |')).toBeGreaterThan(tables.indexOf('## Second'));
  });
});
