import { describe, expect, it } from 'vitest';
import { runEvents } from '../../../../tests/fixtures/extract-runs.js';

function placesOf(text: string): (string | undefined)[] {
  return runEvents(text).events.map((e) => e.placeId);
}

describe('wherePlace', () => {
  it.each([
    'Polls are close in Kestrel, where Ada Vance won in 2000 by just 366 votes.',
    'Ada Vance flew to Kestrel, where she met Tom Reyes.',
  ])('places an event of a "where" clause at the place it refers to: %s', (text) => {
    expect(placesOf(text)[0]).toBe('plc_kestrel');
  });

  it('gives no place to a "where" that opens the sentence', () => {
    expect(placesOf('Where Ada Vance met Tom Reyes is not known.')).toEqual([undefined]);
  });
});
