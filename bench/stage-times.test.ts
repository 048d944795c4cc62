import { describe, expect, it } from 'vitest';
import { stageTimes } from './stage-times.js';

describe('stageTimes', () => {
  it('counts extraction as names plus facts, and keeps each stage rounded to the microsecond', () => {
    const times = stageTimes({
      source: 1.23456,
      resolve: 2,
      load: 3,
      mentions: 4,
      facts: 6,
      events: 5,
      claims: 1,
    });
    expect(times).toEqual({
      sourceMs: 1.235,
      extractMs: 10,
      resolveMs: 2,
      loadMs: 3,
      mentionsMs: 4,
      eventsMs: 5,
      claimsMs: 1,
    });
  });
});
