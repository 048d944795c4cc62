import { describe, expect, it } from 'vitest';
import { onlyClaim as only, runClaims as run } from '../../../../tests/fixtures/extract-runs.js';

describe('extractClaims: who said it', () => {
  it.each([
    // text, claimant, direct, claim text, relayed by
    [
      '“The city is now fully ours again,” said Ada Vance.',
      'act_ada_vance',
      true,
      'The city is now fully ours again',
      [],
    ],
    [
      '“The city is now fully ours again,” Ada Vance added.',
      'act_ada_vance',
      true,
      'The city is now fully ours again',
      [],
    ],
    [
      'Ada Vance said: “The city is now fully ours again.”',
      'act_ada_vance',
      true,
      'The city is now fully ours again.',
      [],
    ],
    [
      'Speaking to North News Agency, Ada Vance stated that: “The city is now fully ours again.”',
      'act_ada_vance',
      true,
      'The city is now fully ours again.',
      ['act_north_news'],
    ],
    [
      '“The city is now fully ours again,” said the Northland Army through a statement relayed to the state-run North News Agency.',
      'act_northland_army',
      true,
      'The city is now fully ours again',
      ['act_north_news'],
    ],
    [
      '"We will rebuild every street," said Tom Reyes, mayor of Marrow.',
      'act_tom_reyes',
      true,
      'We will rebuild every street',
      [],
    ],
    [
      'The Daily Courier reported “Army units took control of the old town.”',
      'act_daily_courier',
      true,
      'Army units took control of the old town.',
      [],
    ],
    [
      'Ada Vance said that the army would stay in Marrow for a year.',
      'act_ada_vance',
      false,
      'the army would stay in Marrow for a year',
      [],
    ],
    [
      'Tom Reyes confirmed that four hundred fighters had been killed.',
      'act_tom_reyes',
      false,
      'four hundred fighters had been killed',
      [],
    ],
    [
      'According to Westland, the army would stay in Marrow for a year.',
      'act_westland',
      false,
      'the army would stay in Marrow for a year',
      [],
    ],
    [
      'The army would stay in Marrow for a year, according to Westland.',
      'act_westland',
      false,
      'The army would stay in Marrow for a year',
      [],
    ],
    [
      'According to Westland, which has sent observers, the army would stay in Marrow for a year.',
      'act_westland',
      false,
      'the army would stay in Marrow for a year',
      [],
    ],
    [
      '"The city is ours again," Ada Vance, the mayor of Marrow and one of the founders of the Northland Army, told the Daily Courier.',
      'act_ada_vance',
      true,
      'The city is ours again',
      ['act_daily_courier'],
    ],
    [
      'The army would stay in Marrow for a year, Tom Reyes told the Daily Courier.',
      'act_tom_reyes',
      false,
      'The army would stay in Marrow for a year',
      ['act_daily_courier'],
    ],
    [
      'Eastmarkian reports stated that the bridge had been rebuilt in a week.',
      'act_eastmark',
      false,
      'the bridge had been rebuilt in a week',
      [],
    ],
    [
      'The Daily Courier reported that a mass grave had been found near Marrow.',
      'act_daily_courier',
      false,
      'a mass grave had been found near Marrow',
      [],
    ],
  ])('reads %j', (text, claimant, direct, claimText, relayed) => {
    const claim = only(text);
    expect(claim.claimantId).toBe(claimant);
    expect(claim.direct).toBe(direct);
    expect(claim.text).toBe(claimText);
    expect(claim.relayedByIds).toEqual(relayed);
  });

  it.each([
    ['Ada Vance praised the troops. “Their courage saved the city,” she declared.', 'act_ada_vance'],
    [
      'Ada Vance spoke after a meeting with Tom Reyes. “Their courage saved the city,” she said.',
      'act_ada_vance',
    ],
    [
      'Ada Vance met Tom Reyes. Tom Reyes thanked the troops. “Their courage saved the city,” he said.',
      'act_tom_reyes',
    ],
    [
      'Ada Vance met the troops in Marrow. She said the city would be rebuilt within a year.',
      'act_ada_vance',
    ],
    ['Ada Vance met the troops in Marrow. She said the people that had fled had come back.', 'act_ada_vance'],
  ])('resolves the pronoun speaker in %j', (text, claimant) => {
    const claim = only(text);
    expect(claim.claimantId).toBe(claimant);
    expect(claim.confidence).toBeLessThan(0.85);
  });

  it.each([
    ['The minister described the plan as "desperate", while others stayed silent.'],
    ['The report states that the army has damaged the enemy.'],
    ['Tom Reyes was accused of hiding the losses in Marrow.'],
    ['The rebels declared their caliphate in Marrow in 2014.'],
    ['She said the people that had bought the old houses had left early.'],
  ])('makes no claim from %j', (text) => {
    expect(run(text).claims).toEqual([]);
  });

  it('reads "said the people that …" as a bare clause, not as "said … that …"', () => {
    const { claims } = run(
      'Ada Vance met the troops in Marrow. She said the people that had fled had come back.',
    );
    expect(claims.map((c) => c.text)).toEqual(['the people that had fled had come back']);
  });

  it('continues a quote split in two without a new attribution', () => {
    const { claims } = run(
      'Ada Vance said: "We have rebuilt the school. "We are going to rebuild the hospital next year."',
    );
    expect(claims.map((c) => [c.claimantId, c.text])).toEqual([
      ['act_ada_vance', 'We have rebuilt the school.'],
      ['act_ada_vance', 'We are going to rebuild the hospital next year.'],
    ]);
  });
});
