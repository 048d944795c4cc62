import type { Actor, ArticleDoc, Mention, MentionLink, Place, ResolvedMention } from '../../domain.js';
import { loadGazetteer, loadKnowledge } from '../../knowledge/index.js';
import type { Gazetteer, Knowledge } from '../../knowledge/index.js';
import { alignNearSpellings, articleTowns } from './align-near-spellings.js';
import { collectArticleNames } from './article-names.js';
import { buildEntities } from './build-entities.js';
import { decideActor } from './decide-actor.js';
import { decidePlace } from './decide-place.js';
import { mergeDecisions } from './merge-decisions.js';
import { stripPersonTitles } from './person-name.js';
import { rememberArticle } from './remember-article.js';
import { createResolveState } from './resolve-state.js';
import type { ResolveState } from './resolve-state.js';

export interface ResolveOptions {
  /** Memory of earlier articles in the same run; a fresh state when omitted. */
  state?: ResolveState;
  knowledge?: Knowledge;
  gazetteer?: Gazetteer;
  extractorVersion: string;
  /** `extractor` label for entities created by resolution itself (a ministry's state). */
  extractor: string;
}

/** Everything resolution found in one article. */
export interface ResolvedArticle {
  actors: Actor[];
  places: Place[];
  /** One link per mention: which entity it stands for and by which rule. */
  mentions: MentionLink[];
  /** The mentions again, each with its entity id and rule (for event and claim extraction). */
  resolved: ResolvedMention[];
}

/**
 * Resolves one article's mentions to actors and places with stable ids.
 *
 * Rules, in order: demonym ("Russian airstrikes" → Russia); alias table ("Daesh", "ISIL" → Islamic
 * State; "U.S." → United States); bracketed or known acronym ("SOHR" → the organisation whose
 * initials it is); surname ("Assad" → "Bashar al-Assad" named in full in the article, or in an
 * earlier one when that is unambiguous); gazetteer (places: coordinates, country, alternate names);
 * otherwise exact name. A government body or military named after a nationality is PART_OF that
 * state; a town is LOCATED_IN its country. `options.state` is updated for later articles.
 */
export function resolveArticle(
  article: ArticleDoc,
  mentions: Mention[],
  options: ResolveOptions,
): ResolvedArticle {
  const knowledge = options.knowledge ?? loadKnowledge();
  mentions = mentions.map((m) => stripPersonTitles(m, knowledge));
  const state = options.state ?? createResolveState();
  let gazetteer = options.gazetteer;
  const names = collectArticleNames(mentions, knowledge);
  const actorCtx = { knowledge, names, state };
  const placeCtx = {
    knowledge,
    state,
    countries: names.countries,
    gazetteer: (): Gazetteer => (gazetteer ??= loadGazetteer()),
  };
  const first = mentions.map((m) =>
    m.kind === 'ACTOR' ? decideActor(m, actorCtx) : decidePlace(m, placeCtx),
  );
  // A town name nothing matched may be a slip for a town the article itself names ('Palymra', 'Palmyra').
  const towns = articleTowns(first);
  const decisions = alignNearSpellings(
    towns.size === 0
      ? first
      : first.map((d, i) =>
          d.kind === 'PLACE' && d.geonameId === undefined && d.type !== 'SITE'
            ? decidePlace(mentions[i]!, { ...placeCtx, articleTowns: towns })
            : d,
        ),
  );
  void article; // the article is part of the stage signature; ids do not depend on it

  const { entities, links, resolved } = mergeDecisions(mentions, decisions);
  const { actors, places } = buildEntities(entities, mentions, decisions, options);
  rememberArticle(state, actors.values(), entities.values(), knowledge);

  const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    actors: [...actors.values()].sort(byId),
    places: [...places.values()].sort(byId),
    mentions: links,
    resolved,
  };
}
