import { monthName } from '../../knowledge/month-names.js';
import type { Row } from './read-rows.js';

/** The month ('05') a date side names: from '2015-05(-dd)' or a month of year '--05'; undefined for a year. */
function monthOf(value: string): string | undefined {
  if (value.startsWith('--')) return value.slice(2, 4);
  return value.length >= 7 ? value.slice(5, 7) : undefined;
}

/** True when two date values can both be true ('2015-05' and '--05', '2016' and '2016-03-27'). */
export function datesAgree(a: string, b: string): boolean {
  const ma = monthOf(a);
  const mb = monthOf(b);
  if (a.startsWith('--') || b.startsWith('--')) return ma === undefined || mb === undefined || ma === mb;
  return a.startsWith(b) || b.startsWith(a);
}

/** How a date side reads: the ISO value, or for a month of year the month's name ('December, year not given'). */
export function dateSideLabel(value: string): string {
  if (!value.startsWith('--')) return value;
  const month = monthName(Number(value.slice(2, 4)));
  return month ? `${month}, year not given` : value;
}

function concatUnique(a: unknown, b: unknown, key: (x: Row) => string): Row[] {
  const out: Row[] = [];
  const seen = new Set<string>();
  const list = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]) : []);
  for (const x of [...list(a), ...list(b)]) {
    const k = key(x);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}

/**
 * Joins the sides of a DATE contradiction that agree with each other into one side, so a dispute
 * reads as two positions ('2015-05' with 'May, year not given' against 'December, year not given'),
 * each with all its sources and sentences. The most precise value names the joined side. A side
 * joins only a group that it agrees with in full; the rest stay apart.
 */
export function mergeDateSides(sides: readonly Row[]): Row[] {
  const ordered = [...sides].sort((a, b) => {
    const va = String(a.value);
    const vb = String(b.value);
    // Full dates first (most precise first), months of year last.
    const rank = (v: string) => (v.startsWith('--') ? 0 : v.length);
    return rank(vb) - rank(va) || va.localeCompare(vb);
  });
  const groups: { values: string[]; side: Row }[] = [];
  for (const side of ordered) {
    const value = String(side.value);
    const group = groups.find((g) => g.values.every((v) => datesAgree(v, value)));
    if (group) {
      group.values.push(value);
      group.side = {
        ...group.side,
        sources: concatUnique(group.side.sources, side.sources, (x) => String(x.id)),
        evidence: concatUnique(
          group.side.evidence,
          side.evidence,
          (x) => `${String(x.articleId)}:${String(x.start)}`,
        ),
      };
    } else {
      groups.push({ values: [value], side: { ...side, value: dateSideLabel(value) } });
    }
  }
  return groups.map((g) => g.side);
}
