/** Cross-run event identity: the events already in the graph, put into a fresh run's memory. */
import type { EventMemory } from './event-memory.js';

/** One event already in the graph, as `cypher/load/read-event-memory.cypher` returns it. */
export interface StoredEventIdentity {
  id: string;
  family: string;
  placeId?: string | null;
  side: string;
  sufferers: readonly string[];
  sides: readonly string[];
  allies: readonly string[];
  months: readonly string[];
  type?: string | null;
  reports: number;
}

/**
 * Fills a fresh memory with the events already in the graph, so a run joins new reports to them as if
 * the earlier articles had been read in the same run (cross-run event identity).
 */
export function primeEventMemory(memory: EventMemory, stored: readonly StoredEventIdentity[]): void {
  for (const e of stored) {
    const bucketKey = `${e.family}|${e.placeId ?? ''}`;
    const bucket = memory.byPlace.get(bucketKey) ?? [];
    memory.byPlace.set(bucketKey, bucket);
    if (bucket.some((x) => x.id === e.id)) continue;
    bucket.push({
      id: e.id,
      side: e.side,
      sufferers: [...e.sufferers],
      months: [...e.months],
      ...(e.type ? { type: e.type } : {}),
      sides: [...e.sides],
      allies: [...e.allies],
      reports: e.reports,
    });
  }
}
