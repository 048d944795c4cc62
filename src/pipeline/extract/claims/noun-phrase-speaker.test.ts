import { describe, expect, it } from 'vitest';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';
import { runClaims, WITH_ACME_HOLDINGS } from '../../../../tests/fixtures/extract-runs.js';

const ENTITIES: readonly FixtureEntity[] = [
  ...WITH_ACME_HOLDINGS,
  {
    id: 'act_valley_games',
    name: 'Valley Games',
    kind: 'ACTOR',
    type: 'ORGANISATION',
    surfaces: ['Valley Games'],
  },
];

const claimsOf = (text: string) =>
  runClaims(text, 'art_test', ENTITIES).claims.map((c) => [c.claimantId, c.text]);

describe('extractClaims: a person noun phrase with a name inside', () => {
  it.each([
    // A contest before a result noun: the phrase refers back to the person.
    [
      'Tom Reyes has been out of the pool for months. The Valley Games gold medallist says he is ready to race again.',
      'act_tom_reyes',
    ],
    [
      'Tom Reyes has been out of the pool for months. The Valley Games champion says he is ready to race again.',
      'act_tom_reyes',
    ],
    // An organisation before a role noun: the person speaks for it.
    [
      'Tom Reyes has been out of the pool for months. An Acme Holdings spokesman says he is ready to race again.',
      'act_acme',
    ],
  ])('attributes %j', (text, claimant) => {
    expect(claimsOf(text)).toContainEqual([claimant, 'he is ready to race again']);
  });
});

describe('extractClaims: a general group noun stands for a group of any kind', () => {
  const WITH_WATCHDOG: readonly FixtureEntity[] = [
    ...ENTITIES,
    {
      id: 'act_press_watch',
      name: 'Press Watch',
      kind: 'ACTOR',
      type: 'GOVERNMENT_BODY',
      surfaces: ['Press Watch'],
    },
  ];
  it.each([
    [
      'The site was blocked, according to Press Watch. The pressure group said the site had been down for days.',
    ],
    [
      'The site was blocked, according to Press Watch. The organisation said the site had been down for days.',
    ],
  ])('gives %j to the body named before', (text) => {
    const claims = runClaims(text, 'art_test', WITH_WATCHDOG).claims.map((c) => [c.claimantId, c.text]);
    expect(claims).toContainEqual(['act_press_watch', 'the site had been down for days']);
  });
});
