import { describe, expect, it } from 'vitest';
import { runClaims, WITH_ACME_HOLDINGS } from '../../../../tests/fixtures/extract-runs.js';

function agents(text: string): string[][] {
  return runClaims(text, 'art_told', WITH_ACME_HOLDINGS).events.map((e) =>
    e.participants.filter((p) => p.role === 'AGENT').map((p) => p.actorId),
  );
}

describe('addressedSpeakerVerb', () => {
  it.each([
    'Acme told the Daily Courier website it was aware of the problems and was investigating the causes.',
    'Acme assured the Daily Courier it was investigating the causes.',
  ])('reads the pronoun of a reported clause as the speaker, not the one spoken to: %s', (text) => {
    expect(agents(text)).toEqual([['act_acme']]);
  });

  it('keeps the subject when no tell verb names an addressee', () => {
    expect(agents('The Daily Courier said it was investigating the causes.')).toEqual([
      ['act_daily_courier'],
    ]);
  });
});
