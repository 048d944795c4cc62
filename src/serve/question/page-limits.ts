import { clampInt } from './read-rows.js';

/** The page sizes of one paged question field: its `limit` argument's default and maximum. */
export interface PageLimit {
  /** Items per page when `limit` is not given. */
  default: number;
  /** The largest page; a larger `limit` is clamped to it. */
  max: number;
}

/**
 * The page sizes of the paged question fields of `Query` (schema.graphql), by field name. A cost model
 * prices a question at its page size: `limit` as given (clamped to `max`), else `default`; `neighbourhood`
 * returns at most `max` nodes whatever is asked.
 */
export const QUESTION_PAGE_LIMITS = {
  whoClaimedCredit: { default: 20, max: 100 },
  whoClaimedResponsibility: { default: 20, max: 100 },
  claimsBy: { default: 20, max: 200 },
  claimsAbout: { default: 20, max: 200 },
  timeline: { default: 50, max: 200 },
  search: { default: 20, max: 100 },
  neighbourhood: { default: 150, max: 150 },
} as const satisfies Record<string, PageLimit>;

/** A paged question field's name. */
export type PagedQuestion = keyof typeof QUESTION_PAGE_LIMITS;

/** The furthest a page may start; deeper pages are refused by clamping (ask a narrower question instead). */
export const MAX_OFFSET = 10_000;

/** A page: how many items to skip, and how many to return. */
export interface Page {
  offset: number;
  limit: number;
}

/** The page a question's `limit`/`offset` arguments ask for, clamped to its limits. */
export function pageOf(
  question: PagedQuestion,
  args: { limit?: number | null; offset?: number | null },
): Page {
  const limits: PageLimit = QUESTION_PAGE_LIMITS[question];
  return {
    limit: clampInt(args.limit, 1, limits.max, limits.default),
    offset: clampInt(args.offset, 0, MAX_OFFSET, 0),
  };
}
