import type { Actor } from '../../../domain.js';
import headOfStateTitles from '../../../knowledge/data/head-of-state-titles.json' with { type: 'json' };

const TITLES: readonly string[] = headOfStateTitles.titles;

function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The country a person leads, when one of the person's titles is a head-of-state title that names a
 * state actor of the article ('Syrian President' → Syria, 'President of Syria' → Syria), else undefined.
 * The state is matched by its name or an alias (a demonym the article used).
 */
export function leaderSide(actorId: string, actors: ReadonlyMap<string, Actor>): string | undefined {
  const person = actors.get(actorId);
  if (person?.type !== 'PERSON') return undefined;
  const states = [...actors.values()].filter((a) => a.type === 'STATE');
  for (const raw of person.titles) {
    const title = norm(raw);
    const office = TITLES.find((t) => title === t || title.endsWith(` ${t}`) || title.startsWith(`${t} of `));
    if (!office) continue;
    const rest = norm(title.replace(office, ' ')).replace(/^of /, '');
    if (rest === '') continue;
    const state = states.find((s) => [s.name, ...s.aliases].some((n) => norm(n) === rest));
    if (state) return state.id;
  }
  return undefined;
}
