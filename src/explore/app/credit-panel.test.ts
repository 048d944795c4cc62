import { describe, expect, it } from 'vitest';
import { rankCreditEvents } from './credit-panel.js';

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
