import { describe, expect, it } from 'vitest';
import { runClaims, WITH_ACME_HOLDINGS } from '../../../../tests/fixtures/extract-runs.js';

/** The fixture entities, with a pressure group the typing left a general organisation. */
const WITH_WATCHDOG = [
  ...WITH_ACME_HOLDINGS,
  {
    id: 'act_harbour_watch',
    name: 'Harbour Watch',
    kind: 'ACTOR' as const,
    type: 'ORGANISATION' as const,
    surfaces: ['Harbour Watch'],
  },
];

const claimsOf = (text: string) =>
  runClaims(text, 'art_test', WITH_WATCHDOG).claims.map((c) => [c.claimantId, c.text]);

describe('extractClaims: repeated noun-phrase speakers', () => {
  it.each([
    // text, claimant, claim text
    [
      'Northland was accused of closing the port by the campaigners, Harbour Watch. The Dunmore-based pressure group said the port had been closed for weeks.',
      'act_harbour_watch',
      'the port had been closed for weeks',
    ],
    [
      'Northland was accused of closing the port by the campaigners, Harbour Watch. The pressure group said the port had been closed. Acme Holdings told reporters it was looking into the matter. Boats have waited for weeks. Fish prices rose in Kestrel. "The port must reopen for every boat in the bay," said the group in a statement.',
      'act_harbour_watch',
      'The port must reopen for every boat in the bay',
    ],
    [
      'Acme Holdings said the port would reopen. Harbour Watch said the port had been closed. Boats have waited for weeks. Fish prices rose in Kestrel. The firm said it was looking into the matter.',
      'act_acme',
      'it was looking into the matter',
    ],
  ])('attributes %j', (text, claimant, claimText) => {
    expect(claimsOf(text)).toContainEqual([claimant, claimText]);
  });

  it('reads no claim from an "according to" inside a relative clause', () => {
    const claims = claimsOf(
      'Harbour Watch said the port has a new gate which, according to the Northland Army, does not open at night.',
    );
    expect(claims.map(([, text]) => text)).not.toContainEqual(
      'Harbour Watch said the port has a new gate which',
    );
  });
});
