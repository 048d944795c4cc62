import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/index.js';
import { decideNationalTeam } from './decide-team.js';

describe('decideNationalTeam', () => {
  const knowledge = loadKnowledge();
  it.each([
    ['Brazil', 'act_brazil_national_team'],
    ['Team GB', 'act_united_kingdom_national_team'],
    ['United States team', 'act_united_states_national_team'],
    ['France squad', 'act_france_national_team'],
  ])('gives "%s" the team’s own id, never the state’s', (name, id) => {
    expect(decideNationalTeam(name, knowledge)).toMatchObject({ id, type: 'SPORTS_TEAM', aliases: [name] });
  });

  it('leaves a club that names no country', () => {
    expect(decideNationalTeam('Kelvane Rovers', knowledge)).toBeUndefined();
  });
});
