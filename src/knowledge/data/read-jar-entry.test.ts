import { describe, expect, it } from 'vitest';
import { readJarEntry } from './read-jar-entry.js';

describe('readJarEntry', () => {
  it('throws when the jar does not exist, rather than returning an empty table', () => {
    expect(() => readJarEntry('/nonexistent/models.jar', 'any/entry.txt')).toThrow();
  });
});
