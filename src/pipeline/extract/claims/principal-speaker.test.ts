import { describe, expect, it } from 'vitest';
import { runClaims, WITH_ACME_HOLDINGS } from '../../../../tests/fixtures/extract-runs.js';

const claimsOf = (text: string) =>
  runClaims(text, 'art_test', WITH_ACME_HOLDINGS).claims.map((c) => [c.claimantId, c.text]);

describe('extractClaims: an unnamed person speaks for the organisation named with them', () => {
  it.each([
    // text, claimant, claim text
    ['A spokesman for Acme Holdings said the plant would close next year.', 'act_acme'],
    [
      'A spokesman for Acme Holdings, which runs the Westland plant, said the plant would close next year.',
      'act_acme',
    ],
    [
      'A spokeswoman for Acme Holdings which runs plants in Westland said the plant would close next year.',
      'act_acme',
    ],
    [
      'Acme Holdings reported a loss. A spokesman for the firm said the plant would close next year.',
      'act_acme',
    ],
    ['Acme Holdings reported a loss. Its chief executive said the plant would close next year.', 'act_acme'],
    ['Tom Reyes, an analyst at Acme Holdings, said the plant would close next year.', 'act_tom_reyes'],
    // A plural person noun opening its clause, with no determiner.
    ['Officials at Acme Holdings said the plant would close next year.', 'act_acme'],
    ['Sales fell, but analysts at Acme Holdings said the plant would close next year.', 'act_acme'],
    // One who speaks for a person names that person.
    ['A spokesman for Mr Reyes said the plant would close next year.', 'act_tom_reyes'],
    ['A lawyer for Ada Vance said the plant would close next year.', 'act_ada_vance'],
  ])('attributes %j', (text, claimant) => {
    expect(claimsOf(text)).toContainEqual([claimant, 'the plant would close next year']);
  });

  it.each([
    // A friend is no representative: the person named after 'for' is not the speaker.
    ['A friend of Ada Vance said the plant would close next year.'],
    ['Friends of Ada Vance said the plant would close next year.'],
  ])('gives %j to no named actor', (text) => {
    expect(claimsOf(text).map((c) => c[0])).not.toContain('act_ada_vance');
  });
});
