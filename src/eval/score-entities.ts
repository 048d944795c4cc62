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

/**
 * The three entity rows: type-aware matching, type-agnostic matching, and typing accuracy over the
 * type-agnostic pairs with a required gold entity (a wrong kind or type is one fp and one fn).
 */
export function scoreEntities(
  predicted: readonly PredEntity[],
  index: GoldIndex,
): Record<'entities' | 'entities-any-type' | 'entity-typing', RowResult> {
  const gold = index.entities;
  const aware = countMatching('entities', matchEntities(predicted, gold, true), predicted, gold);
  const anyMatching = matchEntities(predicted, gold, false);
  const any = countMatching('entities-any-type', anyMatching, predicted, gold);
  const typing: RowResult = { counts: { tp: 0, fp: 0, fn: 0 }, issues: [] };
  for (const { p: pi, g: gi } of anyMatching.pairs) {
    const p = predicted[pi];
    const g = gold[gi];
    if (p === undefined || g === undefined || g.optional) continue;
    if (typeFits(p, g)) typing.counts.tp += 1;
    else {
      typing.counts.fp += 1;
      typing.counts.fn += 1;
      typing.issues.push({
        row: 'entity-typing',
        kind: 'WRONG',
        text: `${g.name}: gold ${g.kind.toLowerCase()} ${g.types.join('|')}, predicted ${p.kind.toLowerCase()} ${p.type} ("${p.name}")`,
      });
    }
  }
  return { entities: aware, 'entities-any-type': any, 'entity-typing': typing };
}
