import type { GoldArticle, GoldItem } from './gold-types.js';

/**
 * Gold strings that do not occur in the article text: surfaces, event sentences, count texts and
 * claim texts must be copied verbatim. Returns one message per missing string (empty when all are
 * found). With `skipOptional`, optional items are not checked (the source stage may cut the byline
 * they sit in).
 */
export function findUnanchoredStrings(gold: GoldArticle, text: string, skipOptional = false): string[] {
  const missing: string[] = [];
  const check = (item: GoldItem, value: string, where: string): void => {
    if (skipOptional && item.optional === true) return;
    if (!text.includes(value)) missing.push(`${where}: "${value}" does not occur in the article text`);
  };
  for (const actor of gold.actors)
    for (const s of actor.surfaces) check(actor, s, `actor "${actor.name}" surface`);
  for (const place of gold.places)
    for (const s of place.surfaces) check(place, s, `place "${place.name}" surface`);
  gold.events.forEach((event, i) => {
    check(event, event.sentence, `events[${i}] sentence`);
    (event.counts ?? []).forEach((count, j) => {
      check(event.optional === true ? event : count, count.text, `events[${i}].counts[${j}] text`);
    });
  });
  gold.claims.forEach((claim, i) => check(claim, claim.text, `claims[${i}] text`));
  return missing;
}
