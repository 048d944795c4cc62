import { describe, expect, it } from 'vitest';
import { matchReason, rankCreditEvents } from './credit-panel.js';

const event = (id: string, label = id) => ({ id, label, type: 'OTHER', date: null });

describe('rankCreditEvents', () => {
  it('suggests each event once, the one with most credit claims first', () => {
    const ranked = rankCreditEvents([
      { aboutEvents: [event('capture', 'Capture of Palmyra')] },
      { aboutEvents: [event('recapture', 'Recapture of Palmyra')] },
      { aboutEvents: [event('recapture', 'Recapture of Palmyra'), event('capture', 'Capture of Palmyra')] },
      { aboutEvents: [event('recapture', 'Recapture of Palmyra')] },
      { aboutEvents: [] },
    ]);
    expect(ranked.map((e) => e.id)).toEqual(['recapture', 'capture']);
  });

  it('breaks ties by label so the order is stable', () => {
    const ranked = rankCreditEvents([
      { aboutEvents: [event('b', 'Beta')] },
      { aboutEvents: [event('a', 'Alpha')] },
    ]);
    expect(ranked.map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describe('matchReason', () => {
  it.each([
    [
      'a place and an event word',
      {
        terms: [
          { term: 'ramadi', as: 'PLACE', value: 'Ramadi' },
          { term: 'liberation', as: 'EVENT_TYPE', value: 'RECAPTURE' },
        ],
        widened: false,
      },
      'ramadi = place Ramadi, liberation = type RECAPTURE; score 4',
    ],
    [
      'a word of its text, widened',
      { terms: [{ term: 'besieged', as: 'TEXT', value: 'besieged' }], widened: true },
      '“besieged” in its text; score 4, widened: same campaign, same place',
    ],
  ])('explains %s', (_name, match, reason) => {
    expect(matchReason({ event: { id: 'e', label: 'E' }, score: 4, claims: 1, ...match })).toBe(reason);
  });
});
