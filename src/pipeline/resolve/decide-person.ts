import type { ActorType } from '../../domain.js';
import { spellingKey } from '../../knowledge/index.js';
import type { ArticleNames } from './article-names.js';
import type { Decision } from './decision.js';
import { actorId } from './ids.js';
import { spellingSurnameKey, stripArticle } from './name-keys.js';
import { uniqueId } from './resolve-state.js';
import type { ResolveState } from './resolve-state.js';

/** What the short-form and spelling rules read: this article's names and the run's memory. */
export interface ShortFormContext {
  names: ArticleNames;
  state: ResolveState;
}

/**
 * A short form (a surname, an acronym) as the one full name it stands for: the full name written in this
 * article (rule `surname` / `acronym`), else the one entity an earlier article gave that short form
 * (`…-earlier-article`), but only when this article names no other candidate.
 */
export function viaShortForm(
  state: ResolveState,
  name: string,
  type: ActorType,
  local: Set<string> | undefined,
  earlierIds: Set<string> | undefined,
  rule: 'surname' | 'surname-transliteration' | 'acronym',
): Decision | undefined {
  const full = local && local.size === 1 ? [...local][0] : undefined;
  if (full !== undefined) {
    const canonical = stripArticle(full);
    return { id: actorId(canonical), rule, canonical, kind: 'ACTOR', type, aliases: [name] };
  }
  const earlier = uniqueId(earlierIds);
  if (earlier === undefined || local !== undefined) return undefined;
  const canonical = state.actorNames.get(earlier) ?? name;
  return { id: earlier, rule: `${rule}-earlier-article`, canonical, kind: 'ACTOR', type, aliases: [name] };
}

function personDecision(id: string, rule: string, canonical: string, name: string): Decision {
  return { id, rule, canonical, kind: 'ACTOR', type: 'PERSON', aliases: [name] };
}

/**
 * A one-word personal name ("Assad", "Serena") as the full name it stands for: by surname (here, else in
 * one earlier article), by its transliteration key, else by given name within this article only.
 */
export function decideSingleName(name: string, ctx: ShortFormContext): Decision | undefined {
  const { names, state } = ctx;
  const decision =
    viaShortForm(
      state,
      name,
      'PERSON',
      names.fullNames.get(name),
      state.personsBySurname.get(name),
      'surname',
    ) ??
    viaShortForm(
      state,
      name,
      'PERSON',
      names.fullNames.get(spellingSurnameKey(name)),
      state.personsBySurname.get(spellingSurnameKey(name)),
      'surname-transliteration',
    );
  if (decision) return decision;
  // 'Serena' for the one Serena Williams of the article, 'Sir Paul' for Paul McCartney; never across articles.
  const given = names.givenNames.get(name);
  const full = given && given.size === 1 ? [...given][0] : undefined;
  if (full !== undefined && !names.fullNames.has(name))
    return personDecision(actorId(full), 'given-name', full, name);
  return undefined;
}

/** 'Moammar Gaddafi' where 'Muammar Qadhafi' was written first (here, or in one earlier article). */
export function decideSpellingVariant(name: string, ctx: ShortFormContext): Decision | undefined {
  const { names, state } = ctx;
  const key = spellingKey(name);
  const local = names.spellings.get(key);
  if (local !== undefined && local !== name)
    return personDecision(actorId(local), 'transliteration', local, name);
  const earlier = uniqueId(state.personsBySpelling.get(key));
  const earlierName = earlier === undefined ? undefined : state.actorNames.get(earlier);
  if (
    earlier !== undefined &&
    earlierName !== undefined &&
    earlierName !== name &&
    (local === undefined || local === name)
  ) {
    return personDecision(earlier, 'transliteration-earlier-article', earlierName, name);
  }
  return undefined;
}
