import { pageOf, type PagedQuestion } from './page-limits.js';

/** What graphql-query-complexity hands a field's `extensions.complexity` estimator. */
export interface ComplexityArgs {
  args: Record<string, unknown>;
  childComplexity: number;
}

/**
 * The cost of a paged question field as graphql-query-complexity reads it from `field.extensions.complexity`:
 * one, plus its selection times the page size it will return (`limit` clamped to the question's maximum, or
 * its default; see QUESTION_PAGE_LIMITS). The page's own fields (total, note …) are counted at the same rate,
 * which errs on the side of cost.
 */
export function pageComplexity(question: PagedQuestion): (estimate: ComplexityArgs) => number {
  return ({ args, childComplexity }) => {
    const limit = typeof args.limit === 'number' ? args.limit : undefined;
    return 1 + childComplexity * pageOf(question, { limit }).limit;
  };
}
