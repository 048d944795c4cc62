import type { Actor } from '../../domain.js';
import { spellingKey } from '../../knowledge/index.js';
import type { Knowledge } from '../../knowledge/index.js';
import { nameKey, tailKeys } from './name-tails.js';
import type { Accumulator } from './merge-decisions.js';
import { ACRONYM, initialsOf, surnameKeys } from './name-keys.js';
import { remember } from './resolve-state.js';
import type { ResolveState } from './resolve-state.js';

/** Remembers an article's full names, acronyms and place spellings for later articles of the run. */
export function rememberArticle(
  state: ResolveState,
  actors: Iterable<Actor>,
  entities: Iterable<Accumulator>,
  knowledge: Knowledge,
): void {
  for (const actor of actors) {
    state.actorNames.set(actor.id, actor.name);
    if (actor.type === 'PERSON') {
      for (const key of surnameKeys(actor.name)) remember(state.personsBySurname, key, actor.id);
      if (actor.name.includes(' ')) remember(state.personsBySpelling, spellingKey(actor.name), actor.id);
    } else if (actor.name.split(/\s+/).length >= 2) {
      remember(state.actorsByAcronym, initialsOf(actor.name), actor.id);
      if (actor.type !== 'STATE') remember(state.actorsByName, nameKey(actor.type, actor.name), actor.id);
      for (const key of tailKeys(knowledge, actor.type, actor.name))
        remember(state.actorsByTail, key, actor.id);
    }
    for (const alias of actor.aliases)
      if (ACRONYM.test(alias) && actor.type !== 'PERSON') remember(state.actorsByAcronym, alias, actor.id);
  }
  for (const acc of entities) {
    const d = acc.decision;
    if (d.geonameId !== undefined && !state.placeNameByGeonameId.has(d.geonameId)) {
      state.placeNameByGeonameId.set(d.geonameId, d.canonical);
    }
  }
}
