import { describe, expect, it } from 'vitest';
import { runClaims, WITH_ACME_HOLDINGS } from '../../../../tests/fixtures/extract-runs.js';

const claimsOf = (text: string) =>
  runClaims(text, 'art_test', WITH_ACME_HOLDINGS).claims.map((c) => [c.claimantId, c.text]);

describe('extractClaims: a relative clause without commas before the reporting verb', () => {
  it.each([
    // text, claimant, claim text
    [
      'A spokesman for Acme Holdings (AH) which represents Tom Reyes and his crews said the risk was small.',
      'act_acme',
      'the risk was small',
    ],
    [
      'Acme Holdings which represents Tom Reyes said the port would reopen in spring.',
      'act_acme',
      'the port would reopen in spring',
    ],
  ])('attributes %j', (text, claimant, claimText) => {
    expect(claimsOf(text)).toContainEqual([claimant, claimText]);
  });

  it('keeps the subject of a relative clause that has its own subject', () => {
    const claims = claimsOf('The plan of Acme Holdings which Ada Vance said would fail was dropped.');
    expect(claims.map(([who]) => who)).not.toContain('act_acme');
  });
});

describe('extractClaims: clauses between a speaker and its verb', () => {
  it('reads past a participle clause set off by commas', () => {
    const claims = claimsOf(
      'Ada Vance, sitting with Omar Hale and Tom Reyes, ruled that the old permit no longer applied.',
    );
    expect(claims).toContainEqual(['act_ada_vance', 'the old permit no longer applied']);
  });
});
