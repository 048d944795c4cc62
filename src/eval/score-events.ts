import type { Counts } from './counts.js';
import type { GoldEvent } from './gold.js';
import { actorRelation, resolveGoldActor, type GoldIndex } from './gold-index.js';
import { greedyMatch, scoreGrid, type Matching } from './greedy-match.js';
import { nameScore, toNameKeys } from './name-score.js';
import type { PredEvent } from './prediction-view.js';
import type { Issue, RowKey, RowResult } from './score-types.js';

/** 2 for the gold place, 1 for a `placeAlso` place, 0 for no fit; a gold event without place takes any. */
export function placeFit(index: GoldIndex, p: PredEvent, g: GoldEvent): number {
  if (g.place === null) return 1;
  if (p.place === undefined) return 0;
  const place = p.place;
  const fits = (name: string): boolean =>
    nameScore(place, index.places.get(name) ?? toNameKeys(name, [])) > 0;
  if (fits(g.place)) return 2;
  return (g.placeAlso ?? []).some(fits) ? 1 : 0;
}

/**
 * 2 when a predicted agent is a gold agent, 1 when it is part of one or one is part of it (the Syrian
 * Army for Syria), 0 otherwise; a gold event with no agents takes any (or none).
 */
export function agentFit(index: GoldIndex, p: PredEvent, g: GoldEvent): number {
  if (g.agents.length === 0) return 1;
  let best = 0;
  for (const agent of p.agents) {
    const resolved = resolveGoldActor(index, agent);
    if (resolved === undefined) continue;
    for (const name of g.agents) best = Math.max(best, actorRelation(index, resolved, name));
  }
  return best;
}

/** 2 for the gold type, 1 for a `typeAlso` type, 0 otherwise. */
export function typeFit(p: PredEvent, g: GoldEvent): number {
  if (p.type === g.type) return 2;
  return (g.typeAlso ?? []).includes(p.type as GoldEvent['type']) ? 1 : 0;
}

/**
 * Pairs predicted with gold events one-to-one. A pair needs the type (or a `typeAlso`), the place (or
 * a `placeAlso`) and — when `withAgent` — an agent that is a gold agent or part of / parent of one.
 * Closer fits and required gold events win ties.
 */
export function matchEvents(predicted: readonly PredEvent[], index: GoldIndex, withAgent: boolean): Matching {
  const gold = index.gold.events;
  return greedyMatch(
    scoreGrid(predicted.length, gold.length, (pi, gi) => {
      const p = predicted[pi];
      const g = gold[gi];
      if (p === undefined || g === undefined) return 0;
      const type = typeFit(p, g);
      const place = placeFit(index, p, g);
      const agent = withAgent ? agentFit(index, p, g) : 1;
      if (type === 0 || place === 0 || agent === 0) return 0;
      return type * 100 + place * 10 + agent + (g.optional === true ? 0 : 0.5);
    }),
  );
}

export function describeGoldEvent(g: GoldEvent): string {
  const place = g.place === null ? 'no place' : `@${[g.place, ...(g.placeAlso ?? [])].join('|')}`;
  const date = g.date === undefined ? '' : ` on ${g.date}`;
  return `${[g.type, ...(g.typeAlso ?? [])].join('|')} ${place} agents=[${g.agents.join(', ')}]${date} «${g.sentence}»`;
}

export function describePredEvent(p: PredEvent): string {
  const place = p.place === undefined ? 'no place' : `@${p.place.name}`;
  const date = p.date === undefined ? '' : ` on ${p.date}`;
  const sentence = p.sentence === undefined ? '' : ` «${p.sentence.trim()}»`;
  return `${p.type} ${place} agents=[${p.agents.map((a) => a.name).join(', ')}]${date} "${p.label}"${sentence}`;
}

/** Why no prediction matched a gold event: the nearest miss among predictions of the same type. */
export function nearestMiss(
  index: GoldIndex,
  predicted: readonly PredEvent[],
  g: GoldEvent,
  withAgent: boolean,
): string {
  const sameType = predicted.filter((p) => typeFit(p, g) > 0);
  if (sameType.length === 0) return `no ${g.type} event predicted`;
  const samePlace = sameType.filter((p) => placeFit(index, p, g) > 0);
  if (samePlace.length === 0) {
    const places = [...new Set(sameType.map((p) => p.place?.name ?? 'none'))];
    return `${g.type} predicted only at: ${places.join(', ')}`;
  }
  if (withAgent) {
    const agents = [...new Set(samePlace.map((p) => p.agents.map((a) => a.name).join('+') || 'none'))];
    const taken = samePlace.every((p) => agentFit(index, p, g) > 0);
    return taken
      ? 'every fitting prediction went to another gold event'
      : `agent mismatch; predicted agents: ${agents.join(', ')}`;
  }
  return 'every fitting prediction went to another gold event';
}

export function countEvents(
  row: RowKey,
  matching: Matching,
  predicted: readonly PredEvent[],
  index: GoldIndex,
  withAgent: boolean,
): RowResult {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const issues: Issue[] = [];
  index.gold.events.forEach((g, gi) => {
    if (g.optional === true) return;
    if (matching.byGold.has(gi)) counts.tp += 1;
    else {
      counts.fn += 1;
      issues.push({
        row,
        kind: 'FN',
        text: `${describeGoldEvent(g)} — ${nearestMiss(index, predicted, g, withAgent)}`,
      });
    }
  });
  predicted.forEach((p, pi) => {
    if (matching.byPrediction.has(pi)) return;
    counts.fp += 1;
    issues.push({ row, kind: 'FP', text: describePredEvent(p) });
  });
  return { counts, issues };
}

/**
 * Dates over matched pairs with a required gold event: a right date is a tp, a missing one a fn, a
 * wrong one a fp and a fn, a date where gold has none a fp.
 */
export function scoreDates(
  row: RowKey,
  pairs: readonly { p: number; g: number }[],
  predicted: readonly PredEvent[],
  index: GoldIndex,
): RowResult {
  const dates: RowResult = { counts: { tp: 0, fp: 0, fn: 0 }, issues: [] };
  for (const { p: pi, g: gi } of pairs) {
    const p = predicted[pi];
    const g = index.gold.events[gi];
    if (p === undefined || g === undefined || g.optional === true) continue;
    const what = `${g.type} @${g.place ?? 'no place'} «${g.sentence}»`;
    if (g.date !== undefined && p.date === g.date) dates.counts.tp += 1;
    else if (g.date !== undefined && p.date === undefined) {
      dates.counts.fn += 1;
      dates.issues.push({ row, kind: 'FN', text: `${what}: gold ${g.date}, none predicted` });
    } else if (g.date !== undefined) {
      dates.counts.fp += 1;
      dates.counts.fn += 1;
      dates.issues.push({ row, kind: 'WRONG', text: `${what}: gold ${g.date}, predicted ${p.date}` });
    } else if (p.date !== undefined) {
      dates.counts.fp += 1;
      dates.issues.push({ row, kind: 'FP', text: `${what}: no date in gold, predicted ${p.date}` });
    }
  }
  return dates;
}

/**
 * The event rows: strict (type + place + agent), relaxed (type + place), and dates over the strict
 * pairs with a required gold event — a right date is a tp, a missing one a fn, a wrong one a fp and a
 * fn, a date where gold has none a fp.
 */
export function scoreEvents(
  predicted: readonly PredEvent[],
  index: GoldIndex,
): Record<'events' | 'events-type-place' | 'event-dates', RowResult> {
  const strict = matchEvents(predicted, index, true);
  const events = countEvents('events', strict, predicted, index, true);
  const relaxed = countEvents(
    'events-type-place',
    matchEvents(predicted, index, false),
    predicted,
    index,
    false,
  );
  const dates = scoreDates('event-dates', strict.pairs, predicted, index);
  return { events, 'events-type-place': relaxed, 'event-dates': dates };
}
