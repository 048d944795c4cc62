import { describe, expect, it } from 'vitest';
import { idsToLoad } from './item-notes.js';

describe('idsToLoad', () => {
  it('asks for each id once and skips the ones already known', () => {
    expect(idsToLoad(['e1', 'c1', 'e1', 'e2'], new Set(['e2']))).toEqual(['e1', 'c1']);
  });

  it('asks for at most one page of ids', () => {
    const ids = Array.from({ length: 80 }, (_, index) => `e${index}`);
    expect(idsToLoad(ids, new Set())).toEqual(ids.slice(0, 50));
  });
});
