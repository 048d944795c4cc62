import { describe, expect, it } from 'vitest';
import { corroborationStatus, type CorroborationStatus, type SourceTally } from './corroboration-status.js';

describe('corroborationStatus', () => {
  it.each<[string, SourceTally, CorroborationStatus]>([
    [
      'two articles from two outlets',
      { articles: 2, outlets: 2, unknownOutletArticles: 0, contested: false },
      'CORROBORATED',
    ],
    [
      'two articles, outlets unknown',
      { articles: 2, outlets: 0, unknownOutletArticles: 2, contested: false },
      'CORROBORATED',
    ],
    [
      'one known outlet and one unknown',
      { articles: 2, outlets: 1, unknownOutletArticles: 1, contested: false },
      'CORROBORATED',
    ],
    [
      'two articles from one outlet',
      { articles: 2, outlets: 1, unknownOutletArticles: 0, contested: false },
      'SINGLE_SOURCE',
    ],
    ['one article', { articles: 1, outlets: 1, unknownOutletArticles: 0, contested: false }, 'SINGLE_SOURCE'],
    [
      'one article of unknown outlet',
      { articles: 1, outlets: 0, unknownOutletArticles: 1, contested: false },
      'SINGLE_SOURCE',
    ],
    ['no article', { articles: 0, outlets: 0, unknownOutletArticles: 0, contested: false }, 'SINGLE_SOURCE'],
    [
      'a contradiction, however many sources',
      { articles: 5, outlets: 4, unknownOutletArticles: 1, contested: true },
      'CONTESTED',
    ],
    [
      'a contradiction in a single source',
      { articles: 1, outlets: 1, unknownOutletArticles: 0, contested: true },
      'CONTESTED',
    ],
  ])('%s → %s', (_name, tally, status) => {
    expect(corroborationStatus(tally)).toBe(status);
  });
});
