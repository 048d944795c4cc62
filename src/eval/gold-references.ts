import type { GoldArticle } from './gold-types.js';
import { label, type Problems } from './gold-json.js';

/**
 * Checks that every name used in events and claims is the `name` of an entry in `actors` or
 * `places`, that no entity is listed twice, and that claims are reported by the annotated article
 * (`reportedNames`: the names it may go by).
 */
export function checkReferences(
  gold: GoldArticle,
  reportedNames: readonly string[],
  problems: Problems,
): void {
  const actors = new Set(gold.actors.map((a) => a.name));
  const places = new Set(gold.places.map((p) => p.name));
  const needActor = (name: string, where: string, role: string): void => {
    if (!actors.has(name)) problems.add(where, `${role} "${name}" is not the name of an entry in "actors"`);
  };
  const needPlace = (name: string, where: string, role: string): void => {
    if (!places.has(name)) problems.add(where, `${role} "${name}" is not the name of an entry in "places"`);
  };
  const needEither = (name: string, where: string, role: string): void => {
    if (!actors.has(name) && !places.has(name))
      problems.add(where, `${role} "${name}" is neither an actor nor a place`);
  };
  const seen = new Set<string>();
  for (const [i, entity] of [
    ...gold.actors.map((a) => ['ACTOR', a] as const),
    ...gold.places.map((p) => ['PLACE', p] as const),
  ].entries()) {
    const key = `${entity[0]}:${entity[1].name}`;
    if (seen.has(key))
      problems.add(`entity ${i}`, `${entity[0].toLowerCase()} "${entity[1].name}" is listed twice`);
    seen.add(key);
  }
  gold.actors.forEach((actor, i) => {
    if (actor.partOf !== undefined) needActor(actor.partOf, label('actors', i, actor.name), 'partOf');
  });
  gold.places.forEach((place, i) => {
    if (place.locatedIn !== undefined)
      needPlace(place.locatedIn, label('places', i, place.name), 'locatedIn');
  });
  gold.events.forEach((event, i) => {
    const where = `events[${i}]`;
    for (const name of event.agents) needActor(name, where, 'agent');
    for (const name of event.supporters ?? []) needActor(name, where, 'supporter');
    for (const name of event.targets) needEither(name, where, 'target');
    if (event.place !== null) needPlace(event.place, where, 'place');
    for (const name of event.placeAlso ?? []) needPlace(name, where, 'placeAlso');
  });
  gold.claims.forEach((claim, i) => {
    const where = `claims[${i}]`;
    needActor(claim.claimant, where, 'claimant');
    for (const name of claim.claimantAlso ?? []) needActor(name, where, 'claimantAlso');
    for (const name of claim.credited) needActor(name, where, 'credited');
    for (const name of claim.relayedBy) needActor(name, where, 'relayedBy');
    for (const name of claim.about ?? []) needEither(name, where, 'about');
    if (!reportedNames.includes(claim.reportedBy)) {
      problems.add(where, `reportedBy "${claim.reportedBy}" is not the annotated article "${gold.article}"`);
    }
  });
}
