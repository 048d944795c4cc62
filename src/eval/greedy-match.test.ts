import { describe, expect, it } from 'vitest';
import { greedyMatch, scoreGrid } from './greedy-match.js';

describe('greedyMatch', () => {
  it('pairs each prediction and gold item at most once, best score first', () => {
    const m = greedyMatch([
      { p: 0, g: 0, score: 2 },
      { p: 1, g: 0, score: 3 },
      { p: 0, g: 1, score: 1 },
    ]);
    expect(m.pairs).toEqual([
      { p: 1, g: 0 },
      { p: 0, g: 1 },
    ]);
  });

  it('ignores candidates scored 0 or less', () => {
    expect(greedyMatch([{ p: 0, g: 0, score: 0 }]).pairs).toEqual([]);
  });

  it('breaks ties by gold index, then prediction index', () => {
    const m = greedyMatch([
      { p: 1, g: 1, score: 1 },
      { p: 1, g: 0, score: 1 },
      { p: 0, g: 0, score: 1 },
    ]);
    expect(m.pairs).toEqual([
      { p: 0, g: 0 },
      { p: 1, g: 1 },
    ]);
  });

  it('builds candidates from a scorer over the grid', () => {
    expect(scoreGrid(2, 2, (p, g) => (p === g ? 1 : 0))).toEqual([
      { p: 0, g: 0, score: 1 },
      { p: 1, g: 1, score: 1 },
    ]);
  });
});
