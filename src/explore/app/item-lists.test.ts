import { describe, expect, it } from 'vitest';
import { idsToTellApart } from './item-lists.js';

describe('idsToTellApart', () => {
  it('keeps the events and claims, whose captions repeat, and leaves the named nodes out', () => {
    const items = [
      { id: 'a1', kind: 'Actor' },
      { id: 'e1', kind: 'Event' },
      { id: 'c1', kind: 'Claim' },
      { id: 'p1', kind: 'Place' },
    ];
    expect(idsToTellApart(items)).toEqual(['e1', 'c1']);
  });
});
