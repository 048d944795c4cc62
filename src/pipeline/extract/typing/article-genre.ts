/** How much an article reads like a match report or a business report. */
export interface ArticleGenre {
  /** Sports words in the article, repeats counted. */
  sports: number;
  /** Different sports words in the article. */
  sportsDistinct: number;
  /** Business words in the article, repeats counted. */
  business: number;
}

/** Sports words needed before an article reads as a match report. */
const SPORTS_MIN = 4;
/** Different sports words needed: a war report's repeated 'victory' is not a match report. */
const SPORTS_DISTINCT_MIN = 3;

/** Counts the sports and business words (lower-case word lists) over the article's words. */
export function articleGenre(
  text: string,
  sportsWords: ReadonlySet<string>,
  businessWords: ReadonlySet<string>,
): ArticleGenre {
  let sports = 0;
  let business = 0;
  const distinct = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[a-z][a-z-]*/g)) {
    if (sportsWords.has(match[0])) {
      sports += 1;
      distinct.add(match[0]);
    }
    if (businessWords.has(match[0])) business += 1;
  }
  return { sports, sportsDistinct: distinct.size, business };
}

/** True when the article reads like a match report: enough sports words, of several kinds, and twice the business words. */
export function readsAsMatchReport(genre: ArticleGenre): boolean {
  return (
    genre.sports >= SPORTS_MIN &&
    genre.sportsDistinct >= SPORTS_DISTINCT_MIN &&
    genre.sports > genre.business * 2
  );
}
