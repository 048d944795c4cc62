import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../db/config.js';
import { SCHEMA_FILE } from '../build-schema.js';

const QUERY_DIR = path.join(PROJECT_ROOT, 'cypher', 'query');

/** The Article fields of schema.graphql that are not relationships. */
function articleScalars(): string[] {
  const type = parse(readFileSync(SCHEMA_FILE, 'utf8')).definitions.find(
    (d): d is ObjectTypeDefinitionNode =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Article',
  );
  return (type?.fields ?? [])
    .filter((field) => !(field.directives ?? []).some((d) => d.name.value === 'relationship'))
    .map((field) => field.name.value);
}

/** Every `article {.a, .b …}` projection in the question queries, by file. */
const projections = readdirSync(QUERY_DIR)
  .filter((file) => file.endsWith('.cypher'))
  .flatMap((file) =>
    [...readFileSync(path.join(QUERY_DIR, file), 'utf8').matchAll(/\barticle \{([^}]*)\}/g)].map(
      (match) => [file, (match[1] ?? '').split(',').map((key) => key.trim().replace(/^\./, ''))] as const,
    ),
  );

describe('the articles of question answers', () => {
  it('are projected somewhere', () => {
    expect(projections.length).toBeGreaterThan(0);
  });

  it.each(projections)('%s carries every Article field of the schema except the body text', (_file, keys) => {
    expect([...keys].sort()).toEqual(
      articleScalars()
        .filter((name) => name !== 'text')
        .sort(),
    );
  });
});
