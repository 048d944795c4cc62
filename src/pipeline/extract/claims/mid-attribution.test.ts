import { describe, expect, it } from 'vitest';
import { runClaims } from '../../../../tests/fixtures/extract-runs.js';

const claimsOf = (text: string) => runClaims(text).claims.map((c) => [c.claimantId, c.text]);

describe('extractClaims: an attribution between commas in mid-sentence', () => {
  it.each([
    // text, claimant, claim text
    [
      'Ada Vance spoke on Monday. In some places, she said, the roads were closed for weeks.',
      'act_ada_vance',
      'the roads were closed for weeks',
    ],
    [
      'The roads were closed for weeks, said Tom Reyes, because the snow had not melted.',
      'act_tom_reyes',
      'because the snow had not melted',
    ],
    [
      'Ada Vance spoke on Monday. The bridge would reopen in spring, she said, but the road would stay shut.',
      'act_ada_vance',
      'The bridge would reopen in spring',
    ],
    [
      'Ada Vance spoke on Monday. The new bridge, she said, was never safe for lorries.',
      'act_ada_vance',
      'The new bridge, she said, was never safe for lorries',
    ],
    [
      'Ada Vance spoke on Monday. Tom Reyes has failed to fix the roads, she claimed, saying he has no plan.',
      'act_ada_vance',
      'Tom Reyes has failed to fix the roads',
    ],
  ])('attributes %j', (text, claimant, claimText) => {
    expect(claimsOf(text)).toContainEqual([claimant, claimText]);
  });

  it.each([
    // an apposition before the verb and a comma in the content: the verb's clause is the claim
    [
      'Tom Reyes, a Northland Army officer, said the flaws were known about, and he did not rule out attacks.',
    ],
  ])('reads %j as one reported clause', (text) => {
    expect(claimsOf(text)).toContainEqual([
      'act_tom_reyes',
      'the flaws were known about, and he did not rule out attacks',
    ]);
  });
});
