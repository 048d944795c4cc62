import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge, lookupPhrase } from './knowledge.js';
import { wordClass } from '../pipeline/extract/word-classes.js';

describe('knowledge tables', () => {
  const dataDir = new URL('./data/', import.meta.url);
  const tables = readdirSync(dataDir).filter((f) => f.endsWith('.json'));

  it.each(tables)('%s says where it came from', (file) => {
    const json = JSON.parse(readFileSync(new URL(file, dataDir), 'utf8')) as { _source?: unknown };
    expect(typeof json._source).toBe('string');
    expect(String(json._source).length).toBeGreaterThan(20);
  });

  it.each([
    ['Daesh', 'organisation', 'Islamic State'],
    ['ISIL', 'organisation', 'Islamic State'],
    ['U.S.', 'country', 'United States'],
    ['Britain', 'country', 'United Kingdom'],
    ['Turkey', 'country', 'Turkey'],
    ['Syrian', 'demonym', 'Syria'],
    ['Emirati', 'demonym', 'United Arab Emirates'],
    ['Middle East', 'region', 'Middle East'],
    ['Puerto Rico', 'region', 'Puerto Rico'],
    ['Greenland', 'region', 'Greenland'],
    ['Faeroe Islands', 'region', 'Faroe Islands'],
    ['Taiwan', 'country', 'Taiwan'],
  ])('knows "%s" as a %s (%s)', (phrase, kind, name) => {
    const hit = lookupPhrase(loadKnowledge(), phrase);
    expect(hit?.kind).toBe(kind);
    expect(hit?.entry.name).toBe(name);
  });

  it.each([
    ['is', 'the verb "is" is not Islamic State'],
    ['us', 'the pronoun "us" is not the United States'],
    ['un', 'lower-case "un" is not the United Nations'],
  ])('matches short acronyms only as written: %s (%s)', (phrase) => {
    expect(lookupPhrase(loadKnowledge(), phrase)).toBeUndefined();
  });
});

describe('wordClass', () => {
  it.each([
    ['Wayne', 'given-name'],
    ['Kristin', 'given-name'],
    ['Original', 'adjective'],
    ['Creative', 'adjective'],
    ['Keltis', 'other'],
  ])('classifies %s as %s', (word, expected) => {
    expect(wordClass(word)).toBe(expected);
  });
});
