import type { Decision } from './decision.js';

/** GeoNames id → the decision of a town the article names as the gazetteer spells it (not through a slip). */
export function articleTowns(decisions: readonly Decision[]): Map<number, Decision> {
  const written = new Map<number, Decision>();
  for (const d of decisions)
    if (d.geonameId !== undefined && d.rule !== 'near-spelling' && !written.has(d.geonameId))
      written.set(d.geonameId, d);
  return written;
}

/**
 * Gives a town resolved through a slip ('Palymra', rule `near-spelling`) the id and name of the same
 * town as the article spells it elsewhere ('Palmyra'), so one article never holds two nodes for one
 * town. Returns new decisions; the others are kept as they are.
 */
export function alignNearSpellings(decisions: readonly Decision[]): Decision[] {
  const written = articleTowns(decisions);
  return decisions.map((d) => {
    const same =
      d.rule === 'near-spelling' && d.geonameId !== undefined ? written.get(d.geonameId) : undefined;
    return same ? { ...d, id: same.id, canonical: same.canonical } : d;
  });
}
