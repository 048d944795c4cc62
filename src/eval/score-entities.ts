import type { Counts } from './counts.js';
import type { GoldEntity, GoldIndex } from './gold-index.js';
import { greedyMatch, scoreGrid, type Matching } from './greedy-match.js';
import { nameScore } from './name-score.js';
import type { PredEntity } from './prediction-view.js';
import type { Issue, RowKey, RowResult } from './score-types.js';

function typeFits(p: PredEntity, g: GoldEntity): boolean {
  return p.kind === g.kind && g.types.includes(p.type);
}

/**
 * Pairs predicted with gold entities one-to-one. Names decide (see `nameScore`); among equal names a
 * pair of the same kind and type wins, then a required gold entity over an optional one. With
 * `typeAware` a pair must also agree on kind and type (a `typeAlso` type counts), unless the gold entity
 * is optional.
 */
export function matchEntities(
  predicted: readonly PredEntity[],
  gold: readonly GoldEntity[],
  typeAware: boolean,
): Matching {
  return greedyMatch(
    scoreGrid(predicted.length, gold.length, (pi, gi) => {
      const p = predicted[pi];
      const g = gold[gi];
      if (p === undefined || g === undefined) return 0;
      const names = nameScore(p, g);
      if (names === 0) return 0;
      const fits = typeFits(p, g);
      // An optional gold entity absorbs a name match of any type: it is not scored either way.
      if (typeAware && !fits && !g.optional) return 0;
      return names * 10 + (p.kind === g.kind ? 2 : 0) + (fits ? 1 : 0) + (g.optional ? 0 : 0.5);
    }),
  );
}

export function describeGoldEntity(g: GoldEntity): string {
  return `${g.kind.toLowerCase()} ${g.name} (${g.types.join('|')})`;
}

export function describePredEntity(p: PredEntity): string {
  const others = [...p.keys].filter((k) => k !== p.nameKey);
  return `${p.kind.toLowerCase()} ${p.name} (${p.type})${others.length > 0 ? ` [also: ${others.slice(0, 6).join(', ')}]` : ''}`;
}

/** Counts a matching: matched required gold = tp, unmatched required gold = fn, unmatched prediction = fp. */
function countMatching(
  row: RowKey,
  matching: Matching,
  predicted: readonly PredEntity[],
  gold: readonly GoldEntity[],
): RowResult {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const issues: Issue[] = [];
  gold.forEach((g, gi) => {
    if (g.optional) return;
    if (matching.byGold.has(gi)) counts.tp += 1;
    else {
      counts.fn += 1;
      issues.push({ row, kind: 'FN', text: describeGoldEntity(g) });
    }
  });
  predicted.forEach((p, pi) => {
    if (matching.byPrediction.has(pi)) return;
    counts.fp += 1;
    issues.push({ row, kind: 'FP', text: describePredEntity(p) });
  });
  return { counts, issues };
}

type EntityRow =
  | 'entities'
  | 'entities-any-type'
  | 'entity-typing'
  | 'actors'
  | 'actors-typed'
  | 'actor-typing'
  | 'places'
  | 'places-typed'
  | 'place-typing';

/** The rows a matching is split into by kind: a pair and a missed gold entity by the gold kind, an invented one by its own kind. */
function splitByKind(
  rows: { ACTOR: RowKey; PLACE: RowKey },
  matching: Matching,
  predicted: readonly PredEntity[],
  gold: readonly GoldEntity[],
): { ACTOR: RowResult; PLACE: RowResult } {
  const out = {
    ACTOR: { counts: { tp: 0, fp: 0, fn: 0 }, issues: [] as Issue[] },
    PLACE: { counts: { tp: 0, fp: 0, fn: 0 }, issues: [] as Issue[] },
  };
  gold.forEach((g, gi) => {
    if (g.optional) return;
    if (matching.byGold.has(gi)) out[g.kind].counts.tp += 1;
    else {
      out[g.kind].counts.fn += 1;
      out[g.kind].issues.push({ row: rows[g.kind], kind: 'FN', text: describeGoldEntity(g) });
    }
  });
  predicted.forEach((p, pi) => {
    if (matching.byPrediction.has(pi)) return;
    out[p.kind].counts.fp += 1;
    out[p.kind].issues.push({ row: rows[p.kind], kind: 'FP', text: describePredEntity(p) });
  });
  return out;
}

/** Typing over name-matched pairs with a required gold entity: right kind and type = tp, else fp + fn. */
function scoreTyping(
  row: RowKey,
  pairs: readonly { p: number; g: number }[],
  predicted: readonly PredEntity[],
  gold: readonly GoldEntity[],
): RowResult {
  const typing: RowResult = { counts: { tp: 0, fp: 0, fn: 0 }, issues: [] };
  for (const { p: pi, g: gi } of pairs) {
    const p = predicted[pi];
    const g = gold[gi];
    if (p === undefined || g === undefined || g.optional) continue;
    if (typeFits(p, g)) typing.counts.tp += 1;
    else {
      typing.counts.fp += 1;
      typing.counts.fn += 1;
      typing.issues.push({
        row,
        kind: 'WRONG',
        text: `${g.name}: gold ${g.kind.toLowerCase()} ${g.types.join('|')}, predicted ${p.kind.toLowerCase()} ${p.type} ("${p.name}")`,
      });
    }
  }
  return typing;
}

/**
 * The entity rows. Over actors and places together: type-aware matching (`entities`), name-only
 * matching (`entities-any-type`), and typing accuracy over the name-only pairs with a required gold
 * entity (`entity-typing`: a wrong kind or type is one fp and one fn). The same three split by kind
 * (`actors`, `actors-typed`, `actor-typing`; `places` …): a pair and a missed gold entity count for the
 * gold entity's kind, an invented entity for its own kind, so that the two kinds add up to the
 * combined row. A gold actor found as a place is a found actor with a wrong type.
 */
export function scoreEntities(
  predicted: readonly PredEntity[],
  index: GoldIndex,
): Record<EntityRow, RowResult> {
  const gold = index.entities;
  const awareMatching = matchEntities(predicted, gold, true);
  const anyMatching = matchEntities(predicted, gold, false);
  const aware = countMatching('entities', awareMatching, predicted, gold);
  const any = countMatching('entities-any-type', anyMatching, predicted, gold);
  const typed = splitByKind({ ACTOR: 'actors-typed', PLACE: 'places-typed' }, awareMatching, predicted, gold);
  const named = splitByKind({ ACTOR: 'actors', PLACE: 'places' }, anyMatching, predicted, gold);
  const pairsOf = (kind: 'ACTOR' | 'PLACE'): { p: number; g: number }[] =>
    anyMatching.pairs.filter(({ g }) => gold[g]?.kind === kind);
  return {
    entities: aware,
    'entities-any-type': any,
    'entity-typing': scoreTyping('entity-typing', anyMatching.pairs, predicted, gold),
    actors: named.ACTOR,
    'actors-typed': typed.ACTOR,
    'actor-typing': scoreTyping('actor-typing', pairsOf('ACTOR'), predicted, gold),
    places: named.PLACE,
    'places-typed': typed.PLACE,
    'place-typing': scoreTyping('place-typing', pairsOf('PLACE'), predicted, gold),
  };
}
