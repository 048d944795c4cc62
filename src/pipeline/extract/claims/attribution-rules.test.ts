import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events/index.js';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import { extractClaims } from './index.js';

function claimsOf(text: string) {
  const ctx = fixtureContext(text, COMMON_ENTITIES, { id: 'art_test' });
  const { events, eventReports } = extractEvents(ctx);
  return extractClaims(ctx, events, eventReports).claims;
}

describe('extractClaims: more reporting verbs', () => {
  it.each([
    // text, claimant, claim text
    [
      'Ada Vance said on Friday she was disappointed with the harbour works.',
      'act_ada_vance',
      'she was disappointed with the harbour works',
    ],
    [
      'Ada Vance ruled that the old permit no longer applied to the harbour.',
      'act_ada_vance',
      'the old permit no longer applied to the harbour',
    ],
    [
      'The Northland Army has deemed these raids serious crimes against the port workers.',
      'act_northland_army',
      'these raids serious crimes against the port workers',
    ],
    [
      'Tom Reyes closed the bridge to lorries, arguing that the old stones could not bear them.',
      'act_tom_reyes',
      'the old stones could not bear them',
    ],
    [
      'Tom Reyes ended the debate by saying the bridge would stay closed all winter.',
      'act_tom_reyes',
      'the bridge would stay closed all winter',
    ],
    [
      'Ada Vance described the new tax as a burden on every family in the valley.',
      'act_ada_vance',
      'the new tax as a burden on every family in the valley',
    ],
    [
      'Ada Vance described the new Northland harbour toll as "a burden on every family".',
      'act_ada_vance',
      'the new Northland harbour toll as "a burden on every family"',
    ],
    [
      'Ada Vance condemned the harbour plan as a "charade" and complained the promises were vague.',
      'act_ada_vance',
      'the harbour plan as a "charade"',
    ],
    [
      'Ada Vance described the meeting as "very productive" and said new harbour fees would be a key aim.',
      'act_ada_vance',
      'new harbour fees would be a key aim',
    ],
    [
      'The Northland Army has touted the new bridge as the safest crossing in the valley and has opened it to lorries.',
      'act_northland_army',
      'the new bridge as the safest crossing in the valley',
    ],
    [
      'Omar Hale has appealed for the release of the three fishermen held at sea.',
      'act_omar_hale',
      'appealed for the release of the three fishermen held at sea',
    ],
    [
      'The mayor is one of several officials whom Ada Vance believes to have left the city this week.',
      'act_ada_vance',
      'The mayor is one of several officials whom Ada Vance believes to have left the city this week',
    ],
    [
      'Ada Vance likens the new toll to a wall around the whole valley.',
      'act_ada_vance',
      'the new toll to a wall around the whole valley',
    ],
    [
      'The Northland Army (NA) still forecasts a long and quiet winter in the hills.',
      'act_northland_army',
      'a long and quiet winter in the hills',
    ],
    [
      'Tom Reyes hopes to reopen the old bridge before the harvest begins.',
      'act_tom_reyes',
      'to reopen the old bridge before the harvest begins',
    ],
    [
      'Ada Vance expects the new ferry to carry its first passengers in June.',
      'act_ada_vance',
      'the new ferry to carry its first passengers in June',
    ],
    [
      'Tom Reyes added the bridge would stay shut to lorries until the spring.',
      'act_tom_reyes',
      'the bridge would stay shut to lorries until the spring',
    ],
    // A quoted fragment inside a phrase is part of the reported statement; a colon attribution may
    // carry adjuncts before its quote.
    [
      'Tom Reyes praised the "courage of the crews" in saving the harbour.',
      'act_tom_reyes',
      'the "courage of the crews" in saving the harbour',
    ],
    [
      'Tom Reyes said in a long interview with the Daily Courier on Monday: "The bridge will stay shut."',
      'act_tom_reyes',
      'The bridge will stay shut.',
    ],
    // Any reporting verb takes a bare content clause: a subject, then a finite verb.
    [
      'Ada Vance predicted the harbour would reopen in the spring.',
      'act_ada_vance',
      'the harbour would reopen in the spring',
    ],
    [
      'Tom Reyes revealed the old bridge had been closed for a month.',
      'act_tom_reyes',
      'the old bridge had been closed for a month',
    ],
    // A time adverbial before the subject ends at its month or day: the name after it speaks.
    [
      'In November the Northland Army said the old bridge had been closed for a month.',
      'act_northland_army',
      'the old bridge had been closed for a month',
    ],
    [
      'On Tuesday Ada Vance said the old bridge had been closed for a month.',
      'act_ada_vance',
      'the old bridge had been closed for a month',
    ],
    // 'told' names an addressee, with or without a name of its own.
    [
      'The old bridge will reopen within weeks, Tom Reyes told farmers on Tuesday.',
      'act_tom_reyes',
      'The old bridge will reopen within weeks',
    ],
    // A quoted fragment right after 'that' that the clause runs on after is part of the reported clause.
    [
      'Ada Vance told farmers that "every independent expert" had warned the bridge would fall.',
      'act_ada_vance',
      '"every independent expert" had warned the bridge would fall',
    ],
  ])('attributes %j', (text, claimant, claimText) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.claimantId, c.text])).toContainEqual([claimant, claimText]);
  });

  it.each([
    ['Ada Vance ruled the valley for twenty long years before her death.'],
    ['Ada Vance described the scene to the waiting crowd of farmers.'],
    ['Ada Vance described the scene, and as the crowd of farmers left, the rain began.'],
    ['Tom Reyes closed the bridge, and many carts have been calling for repairs.'],
    ['Tom Reyes added the harbour cup to his long list of sailing titles last week.'],
    ['Ada Vance adds a new wing to the old museum in the valley.'],
    ['Tom Reyes hoped to the very end of the long harbour strike.'],
    // An object noun phrase is no content clause; nor is a praised actor.
    ['Ada Vance announced a new plan to cut harbour fees.'],
    ['Ada Vance praised striker Omar Hale.'],
    ['Tom Reyes welcomed the Northland Army.'],
  ])('finds no claim in %j', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('keeps one claim when a trailing attribution repeats the speaker of the clause before it', () => {
    const claims = claimsOf(
      'On Tuesday Ada Vance said the old bridge would reopen within weeks, she told farmers.',
    );
    expect(claims.map((c) => [c.claimantId, c.text])).toEqual([
      ['act_ada_vance', 'the old bridge would reopen within weeks'],
    ]);
  });

  it('does not read a participle as a trailing attribution', () => {
    const claims = claimsOf(
      'Ada Vance criticised the new harbour plan, saying Tom Reyes should lead the work.',
    );
    expect(claims.map((c) => c.claimantId)).not.toContain('act_tom_reyes');
    expect(claims.map((c) => c.text)).toContain('Tom Reyes should lead the work');
  });
});

describe('extractClaims: pronouns', () => {
  it('keeps "he" on the speaker, not on a name after a title in a prepositional phrase', () => {
    const claims = claimsOf(
      'Tom Reyes said the cuts proposed by shadow minister Omar Hale were the equivalent of closing every school, he told farmers. Laying into the plan he said: "The harbour will close in the winter."',
    );
    expect(claims.map((c) => [c.claimantId, c.text])).toContainEqual([
      'act_tom_reyes',
      'The harbour will close in the winter.',
    ]);
  });

  it('follows "he" back to the main person two sentences earlier', () => {
    const claims = claimsOf(
      'Tom Reyes was expelled from the council last year. He denied the earlier story about the loan. ' +
        'Speaking at the harbour on Saturday, he said: "I have never taken a penny from anyone."',
    );
    expect(claims.map((c) => [c.claimantId, c.text])).toContainEqual([
      'act_tom_reyes',
      'I have never taken a penny from anyone.',
    ]);
  });

  it('gives "they" after two people named together to the first of them', () => {
    const claims = claimsOf(
      'Ada Vance and Tom Reyes ruled that the harbour would open in May. The fishing fleet was too small to wait, they said.',
    );
    expect(claims.map((c) => [c.claimantId, c.text])).toContainEqual([
      'act_ada_vance',
      'The fishing fleet was too small to wait',
    ]);
  });
});

describe('extractClaims: accusation cues', () => {
  it.each([
    [
      'Ada Vance said the Eastmark Defence Ministry had shown a lack of seriousness in protecting the port.',
      'ACCUSATION',
    ],
    ['Ada Vance said the new rules breached the harbour charter signed last year.', 'ACCUSATION'],
    ['Ada Vance said the harbour would reopen in May after the repairs.', 'STATEMENT'],
    ['Ada Vance said the council has approved the repairs to the old harbour wall.', 'REPORT'],
    ['Ada Vance said harbour fees reached $4m in the last year alone.', 'REPORT'],
    ['Ada Vance said the council should have approved the repairs much sooner.', 'STATEMENT'],
    ['Ada Vance said the new harbour wall is an ugly waste of public money.', 'STATEMENT'],
  ])('reads %j as %s', (text, kind) => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.kind).toBe(kind);
  });
});

describe('extractClaims: speakers that are not the named state', () => {
  it.each([
    ['A Northland bank has said it will close forty branches next year.'],
    ['The Northland company also said it had sold ten ships to the navy.'],
    ['The harbour is safe again, said a Northland-based shipping expert.'],
    ['Northland raised its taxes in May, but analysts said that the rise was too small.'],
  ])('gives no claim to the state in %j', (text) => {
    expect(claimsOf(text).map((c) => c.claimantId)).not.toContain('act_northland');
  });

  it.each([
    ['Northland has said it is committed to a strong currency.'],
    ['Northland officials said the harbour would reopen in May.'],
    ['Northland raised its taxes in May and said that the rise was too small.'],
  ])('keeps the state as speaker in %j', (text) => {
    expect(claimsOf(text).map((c) => c.claimantId)).toContain('act_northland');
  });

  it('keeps a named speaker described by an apposition ending in a plural', () => {
    const claims = claimsOf('Tom Reyes, counsel for the fishermen, said the nets had been cut on purpose.');
    expect(claims.map((c) => c.claimantId)).toContain('act_tom_reyes');
  });
});
