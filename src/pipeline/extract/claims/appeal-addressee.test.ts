import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events/index.js';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import { extractClaims } from './index.js';

function claimsOf(text: string) {
  const ctx = fixtureContext(text, COMMON_ENTITIES, { id: 'art_test' });
  const { events, eventReports } = extractEvents(ctx);
  return extractClaims(ctx, events, eventReports).claims.map((c) => [c.claimantId, c.text]);
}

describe('extractClaims: appeals to an addressee with an infinitive', () => {
  it.each([
    [
      'Northland has called on Eastmark to withdraw its troops from the valley.',
      'act_northland',
      'Eastmark to withdraw its troops from the valley',
    ],
    [
      'Northland is calling on the Red Brigade to release the harbour workers.',
      'act_northland',
      'the Red Brigade to release the harbour workers',
    ],
    [
      'Ada Vance opened the summit by calling on the valley farmers to stand united against the tolls.',
      'act_ada_vance',
      'the valley farmers to stand united against the tolls',
    ],
    [
      'The Northland government has asked Eastmark to reopen the border crossing.',
      'act_northland',
      'Eastmark to reopen the border crossing',
    ],
    [
      'Tom Reyes appealed to the public to come forward with any information.',
      'act_tom_reyes',
      'the public to come forward with any information',
    ],
  ])('gives %j to the one appealing', (text, claimant, claimText) => {
    expect(claimsOf(text)).toContainEqual([claimant, claimText]);
  });

  it.each([
    ['Tom Reyes was asked to reopen the border crossing before the winter.'],
    ['Tom Reyes asked to see the harbour accounts before the meeting.'],
    ['Ada Vance called the meeting to order in the old harbour hall.'],
    ['Tom Reyes asked about the harbour accounts at the meeting.'],
  ])('finds no appeal in %j', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});
