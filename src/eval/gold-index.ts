import type { GoldArticle } from './gold.js';
import { nameScore, toNameKeys, type NameKeys } from './name-score.js';

/** A gold actor or place, ready for matching. */
export interface GoldEntity extends NameKeys {
  kind: 'ACTOR' | 'PLACE';
  name: string;
  /** The annotated type first, then any `typeAlso`. */
  types: readonly string[];
  optional: boolean;
}

/** Gold annotations with the lookups the scorers need. */
export interface GoldIndex {
  gold: GoldArticle;
  entities: GoldEntity[];
  actors: Map<string, GoldEntity>;
  places: Map<string, GoldEntity>;
  /** Actor name → the names of the actors it is (transitively) part of. */
  ancestors: Map<string, Set<string>>;
}

/** Builds the lookups over one gold article. */
export function indexGold(gold: GoldArticle): GoldIndex {
  const actors = new Map<string, GoldEntity>();
  const places = new Map<string, GoldEntity>();
  for (const actor of gold.actors) {
    actors.set(actor.name, {
      kind: 'ACTOR',
      name: actor.name,
      types: [actor.type, ...(actor.typeAlso ?? [])],
      optional: actor.optional === true,
      ...toNameKeys(actor.name, actor.surfaces),
    });
  }
  for (const place of gold.places) {
    places.set(place.name, {
      kind: 'PLACE',
      name: place.name,
      types: [place.type, ...(place.typeAlso ?? [])],
      optional: place.optional === true,
      ...toNameKeys(place.name, place.surfaces),
    });
  }
  const parent = new Map(
    gold.actors.flatMap((a) => (a.partOf === undefined ? [] : [[a.name, a.partOf] as const])),
  );
  const ancestors = new Map<string, Set<string>>();
  for (const actor of gold.actors) {
    const chain = new Set<string>();
    for (let up = parent.get(actor.name); up !== undefined && !chain.has(up); up = parent.get(up))
      chain.add(up);
    ancestors.set(actor.name, chain);
  }
  return { gold, entities: [...actors.values(), ...places.values()], actors, places, ancestors };
}

/**
 * The gold actor a predicted actor stands for: the one whose names fit best (see {@link nameScore}),
 * the first listed on a tie, undefined when none fits.
 */
export function resolveGoldActor(index: GoldIndex, predicted: NameKeys): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  for (const actor of index.actors.values()) {
    const score = nameScore(predicted, actor);
    if (score > bestScore) {
      best = actor.name;
      bestScore = score;
    }
  }
  return best;
}

/**
 * How two gold actors relate for events and credit: 2 when they are the same actor, 1 when one is part
 * of the other (the Syrian Army and Syria), 0 otherwise.
 */
export function actorRelation(index: GoldIndex, a: string, b: string): number {
  if (a === b) return 2;
  if (index.ancestors.get(a)?.has(b) === true || index.ancestors.get(b)?.has(a) === true) return 1;
  return 0;
}
