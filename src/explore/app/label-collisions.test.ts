import { describe, expect, it } from 'vitest';
import { boxesOverlap, chooseLabels } from './label-collisions.js';

const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });

describe('label collision control', () => {
  it.each([
    ['apart', box(0, 0, 10, 10), box(20, 0, 30, 10), false],
    ['sharing an edge', box(0, 0, 10, 10), box(10, 0, 20, 10), false],
    ['crossing', box(0, 0, 10, 10), box(5, 5, 15, 15), true],
    ['one inside the other', box(0, 0, 30, 30), box(5, 5, 10, 10), true],
  ])('tells boxes %s apart', (_, a, b, overlap) => {
    expect(boxesOverlap(a, b)).toBe(overlap);
    expect(boxesOverlap(b, a)).toBe(overlap);
  });

  it('keeps the more important of two overlapping captions and every caption that overlaps nothing', () => {
    const kept = chooseLabels([
      { id: 'minor', box: box(0, 0, 50, 10), priority: 1 },
      { id: 'root', box: box(40, 5, 90, 15), priority: 10 },
      { id: 'alone', box: box(0, 100, 50, 110), priority: 0 },
    ]);
    expect([...kept].sort()).toEqual(['alone', 'root']);
  });

  it('leaves no two kept captions overlapping in a crowded row', () => {
    const crowded = Array.from({ length: 20 }, (_, i) => ({
      id: `n${i}`,
      box: box(i * 15, 0, i * 15 + 40, 10),
      priority: i % 3,
    }));
    const kept = crowded.filter((c) => chooseLabels(crowded).has(c.id));
    for (const a of kept) for (const b of kept) if (a !== b) expect(boxesOverlap(a.box, b.box)).toBe(false);
    expect(kept.length).toBeGreaterThan(5);
  });
});
