import cues from '../../knowledge/data/sports-team-cues.json' with { type: 'json' };
import { lookupPhrase } from '../../knowledge/index.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { Decision } from './decision.js';
import { actorId } from './ids.js';

const TEAM_SUFFIX = new RegExp(`\\s+(?:${cues.teamNouns.join('|')})$`, 'i');

/**
 * A national team as an actor of its own: "Brazil", "Team GB" or "the United States team" typed as a
 * sports team become "<state> national team", with the name as written kept as an alias; never the
 * state's id. Undefined when the name names no country.
 */
export function decideNationalTeam(name: string, knowledge: Knowledge): Decision | undefined {
  const country = name.replace(/^Team\s+/, '').replace(TEAM_SUFFIX, '');
  const hit = lookupPhrase(knowledge, country);
  if (hit?.kind !== 'country') return undefined;
  const canonical = `${hit.entry.name} national team`;
  return {
    id: actorId(canonical),
    rule: 'national-team',
    canonical,
    kind: 'ACTOR',
    type: 'SPORTS_TEAM',
    aliases: [name],
  };
}
