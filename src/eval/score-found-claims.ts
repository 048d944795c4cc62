import type { GoldClaim } from './gold.js';
import type { GoldIndex } from './gold-index.js';
import { greedyMatch, scoreGrid, type Matching } from './greedy-match.js';
import { textAnchorScore, textOverlapScore } from './normalise-name.js';
import type { PredClaim } from './prediction-view.js';
import { claimantFits, claimantName, countClaims, describeGoldClaim, matchClaims } from './score-claims.js';
import type { MeanSum, RowResult } from './score-types.js';

type FoundRow = 'claims-found' | 'claimant' | 'claim-span' | 'responsibility-claims';

/** Pairs predicted with gold claims on text alone, with loose boundaries (`textAnchorScore`). */
export function matchFoundClaims(predicted: readonly PredClaim[], gold: readonly GoldClaim[]): Matching {
  return greedyMatch(
    scoreGrid(predicted.length, gold.length, (pi, gi) => {
      const p = predicted[pi];
      const g = gold[gi];
      if (p === undefined || g === undefined) return 0;
      const anchor = textAnchorScore(g.text, p.text);
      return anchor === 0 ? 0 : 1 + anchor + (g.optional === true ? 0 : 0.5);
    }),
  );
}

/**
 * Claim detection and its parts: `claims-found` (the statement is found, whoever it is given to),
 * then over those pairs with a required gold claim whether the claimant is right (`claimant`) and the
 * span acceptable (`claim-span`, the test `claims` uses: it covers half the gold text and 30 % of it
 * is gold), the mean token overlap of the spans (`claim-span-overlap`), and `responsibility-claims`:
 * RESPONSIBILITY predictions against RESPONSIBILITY gold, on claimant + text as for `claims`.
 */
export function scoreFoundClaims(
  predicted: readonly PredClaim[],
  index: GoldIndex,
): { rows: Record<FoundRow, RowResult>; spanOverlap: MeanSum } {
  const gold = index.gold.claims;
  const matching = matchFoundClaims(predicted, gold);
  const found = countClaims('claims-found', matching, predicted, gold, () => 'statement not found');
  const claimant: RowResult = { counts: { tp: 0, fp: 0, fn: 0 }, issues: [] };
  const span: RowResult = { counts: { tp: 0, fp: 0, fn: 0 }, issues: [] };
  const spanOverlap: MeanSum = { sum: 0, n: 0 };
  for (const { p: pi, g: gi } of matching.pairs) {
    const p = predicted[pi];
    const g = gold[gi];
    if (p === undefined || g === undefined || g.optional === true) continue;
    if (claimantFits(index, p, g)) claimant.counts.tp += 1;
    else {
      claimant.counts.fp += 1;
      claimant.counts.fn += 1;
      claimant.issues.push({
        row: 'claimant',
        kind: 'WRONG',
        text: `${describeGoldClaim(g)}: predicted claimant ${claimantName(p)}`,
      });
    }
    if (textOverlapScore(g.text, p.text) > 0) span.counts.tp += 1;
    else {
      span.counts.fp += 1;
      span.counts.fn += 1;
      span.issues.push({ row: 'claim-span', kind: 'WRONG', text: `gold «${g.text}», predicted «${p.text}»` });
    }
    spanOverlap.sum += textAnchorScore(g.text, p.text);
    spanOverlap.n += 1;
  }
  const predictedResponsibility = predicted.filter((p) => p.kind === 'RESPONSIBILITY');
  const goldResponsibility = gold.filter((g) => g.kind === 'RESPONSIBILITY');
  const responsibility = countClaims(
    'responsibility-claims',
    matchClaims(predictedResponsibility, index, goldResponsibility),
    predictedResponsibility,
    goldResponsibility,
    (g) => {
      const other = predicted.filter(
        (p) => claimantFits(index, p, g) && textOverlapScore(g.text, p.text) > 0,
      );
      return other.length > 0
        ? `found with kind ${[...new Set(other.map((p) => p.kind))].join(', ')}`
        : 'no RESPONSIBILITY claim by this claimant with this text';
    },
  );
  return {
    rows: {
      'claims-found': found,
      claimant,
      'claim-span': span,
      'responsibility-claims': responsibility,
    },
    spanOverlap,
  };
}
