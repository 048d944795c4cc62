import type { Counts } from './counts.js';
import type { GoldClaim } from './gold.js';
import { actorRelation, resolveGoldActor, type GoldIndex } from './gold-index.js';
import { greedyMatch, scoreGrid, type Matching } from './greedy-match.js';
import { textOverlapScore } from './normalise-name.js';
import type { PredClaim } from './prediction-view.js';
import type { Issue, RowResult } from './score-types.js';

/** Whether the predicted claimant is the gold claimant (or a `claimantAlso`). Strict: no part-of leniency. */
export function claimantFits(index: GoldIndex, p: PredClaim, g: GoldClaim): boolean {
  if (p.claimant === undefined) return false;
  const resolved = resolveGoldActor(index, p.claimant);
  return resolved !== undefined && (resolved === g.claimant || (g.claimantAlso ?? []).includes(resolved));
}

/**
 * Whether the predicted credited actors are the gold set: every gold actor is credited by the
 * prediction and every predicted one is a gold one — where an actor and what it is part of count as
 * the same (the Syrian Army for Syria), as for event agents.
 */
function creditedFits(index: GoldIndex, p: PredClaim, g: GoldClaim): boolean {
  // Credit to no named actor (blocs, policies): the prediction must credit no actor either.
  if (g.credited.length === 0) return p.credited.length === 0 && p.unknownCredited.length === 0;
  if (p.unknownCredited.length > 0 || p.credited.length === 0) return false;
  const resolved = p.credited.map((actor) => resolveGoldActor(index, actor));
  if (resolved.some((name) => name === undefined)) return false;
  const names = resolved as string[];
  const covers = (a: string, list: readonly string[]): boolean =>
    list.some((b) => actorRelation(index, a, b) > 0);
  return g.credited.every((name) => covers(name, names)) && names.every((name) => covers(name, g.credited));
}

export function claimantName(p: PredClaim): string {
  return p.claimant?.name ?? `?${p.claimantId}`;
}

export function describeGoldClaim(g: GoldClaim): string {
  const credited = g.kind === 'CREDIT' ? ` credits [${g.credited.join(', ')}]` : '';
  const also = g.claimantAlso === undefined ? '' : ` (or ${g.claimantAlso.join(', ')})`;
  return `${g.claimant}${also} ${g.kind}${credited} «${g.text}»`;
}

function creditedNames(p: PredClaim): string[] {
  return [...p.credited.map((a) => a.name), ...p.unknownCredited.map((id) => `?${id}`)];
}

export function describePredClaim(p: PredClaim): string {
  const names = creditedNames(p);
  const credited = names.length > 0 ? ` credits [${names.join(', ')}]` : '';
  return `${claimantName(p)} ${p.kind}${credited} «${p.text}»`;
}

/** Pairs predicted with gold claims (all, or the `gold` given): claimant right and text overlapping (`textOverlapScore`). */
export function matchClaims(
  predicted: readonly PredClaim[],
  index: GoldIndex,
  gold: readonly GoldClaim[] = index.gold.claims,
): Matching {
  return greedyMatch(
    scoreGrid(predicted.length, gold.length, (pi, gi) => {
      const p = predicted[pi];
      const g = gold[gi];
      if (p === undefined || g === undefined || !claimantFits(index, p, g)) return 0;
      const overlap = textOverlapScore(g.text, p.text);
      return overlap === 0 ? 0 : 1 + overlap + (g.optional === true ? 0 : 0.5);
    }),
  );
}

/** Pairs predicted CREDIT claims with gold CREDIT claims: claimant right and the same credited set. */
export function matchCreditClaims(
  predicted: readonly PredClaim[],
  gold: readonly GoldClaim[],
  index: GoldIndex,
): Matching {
  return greedyMatch(
    scoreGrid(predicted.length, gold.length, (pi, gi) => {
      const p = predicted[pi];
      const g = gold[gi];
      if (p === undefined || g === undefined) return 0;
      if (!claimantFits(index, p, g) || !creditedFits(index, p, g)) return 0;
      return 1 + textOverlapScore(g.text, p.text) + (g.optional === true ? 0 : 0.5);
    }),
  );
}

function nearestClaimMiss(index: GoldIndex, predicted: readonly PredClaim[], g: GoldClaim): string {
  const sameText = predicted.filter((p) => textOverlapScore(g.text, p.text) > 0);
  if (sameText.length > 0) {
    return `text found, claimant wrong: ${[...new Set(sameText.map(claimantName))].join(', ')}`;
  }
  const sameClaimant = predicted.filter((p) => claimantFits(index, p, g));
  if (sameClaimant.length > 0) return 'claimant has claims, but none with this text';
  return 'not predicted';
}

export function countClaims(
  row: 'claims' | 'credit-claims' | 'claims-found' | 'responsibility-claims',
  matching: Matching,
  predicted: readonly PredClaim[],
  gold: readonly GoldClaim[],
  explain: (g: GoldClaim) => string,
): RowResult {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const issues: Issue[] = [];
  gold.forEach((g, gi) => {
    if (g.optional === true) return;
    if (matching.byGold.has(gi)) counts.tp += 1;
    else {
      counts.fn += 1;
      issues.push({ row, kind: 'FN', text: `${describeGoldClaim(g)} — ${explain(g)}` });
    }
  });
  predicted.forEach((p, pi) => {
    if (matching.byPrediction.has(pi)) return;
    counts.fp += 1;
    issues.push({ row, kind: 'FP', text: describePredClaim(p) });
  });
  return { counts, issues };
}

/**
 * The claim rows: attribution (claimant + text), kind accuracy over those pairs with a required gold
 * claim (a wrong kind is one fp and one fn), and CREDIT claims (claimant + credited set, against
 * predictions of kind CREDIT).
 */
export function scoreClaims(
  predicted: readonly PredClaim[],
  index: GoldIndex,
): Record<'claims' | 'claim-kind' | 'credit-claims', RowResult> {
  const gold = index.gold.claims;
  const matching = matchClaims(predicted, index);
  const claims = countClaims('claims', matching, predicted, gold, (g) =>
    nearestClaimMiss(index, predicted, g),
  );

  const kind: RowResult = { counts: { tp: 0, fp: 0, fn: 0 }, issues: [] };
  for (const { p: pi, g: gi } of matching.pairs) {
    const p = predicted[pi];
    const g = gold[gi];
    if (p === undefined || g === undefined || g.optional === true) continue;
    if (p.kind === g.kind) kind.counts.tp += 1;
    else {
      kind.counts.fp += 1;
      kind.counts.fn += 1;
      kind.issues.push({
        row: 'claim-kind',
        kind: 'WRONG',
        text: `gold ${g.kind}, predicted ${p.kind}: «${g.text}»`,
      });
    }
  }

  const predictedCredit = predicted.filter((p) => p.kind === 'CREDIT');
  const goldCredit = gold.filter((g) => g.kind === 'CREDIT');
  const credit = countClaims(
    'credit-claims',
    matchCreditClaims(predictedCredit, goldCredit, index),
    predictedCredit,
    goldCredit,
    (g) => {
      const attributed = predictedCredit.filter(
        (p) => claimantFits(index, p, g) && textOverlapScore(g.text, p.text) > 0,
      );
      if (attributed.length === 0) return 'no CREDIT claim by this claimant with this text';
      const sets = attributed.map((p) => `[${creditedNames(p).join(', ')}]`);
      return `credited set differs: predicted ${sets.join(' / ')}`;
    },
  );
  return { claims, 'claim-kind': kind, 'credit-claims': credit };
}
