import { mergeDateSides } from './merge-date-sides.js';
import type { ReadRows, Row } from './read-rows.js';
import { subjectEventIds } from './timeline.js';

/**
 * Where sources disagree about the events of an actor or place (cypher/query/contradictions.cypher):
 * DATE (month level too), AGENT and COUNT, each side with its value, articles and sentences. The
 * sides of a DATE disagreement that agree with each other ('2015-05' and 'May, year not given') are
 * joined into one; a row whose sides all agree after that is dropped, and so is any row with fewer than two
 * sides (one value is no disagreement).
 */
export async function contradictions(read: ReadRows, subject: string): Promise<Row[]> {
  const eventIds = await subjectEventIds(read, subject);
  if (eventIds.length === 0) return [];
  const rows = await read('query/contradictions', { eventIds });
  const out: Row[] = [];
  for (const row of rows) {
    if (!Array.isArray(row.sides)) continue;
    if (row.kind !== 'DATE') {
      if (row.sides.length > 1) out.push(row);
      continue;
    }
    const sides = mergeDateSides(row.sides as Row[]);
    if (sides.length > 1) out.push({ ...row, sides });
  }
  return out;
}
