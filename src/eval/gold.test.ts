import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { sampleGold } from '../../tests/fixtures/eval-graph.js';
import { findUnanchoredStrings, findUnknownFields, parseGold, type GoldArticle } from './gold.js';

function clone(gold: GoldArticle): Record<string, unknown> {
  return JSON.parse(JSON.stringify(gold)) as Record<string, unknown>;
}

function problemsOf(json: unknown): string[] {
  try {
    parseGold(json, 'x.json');
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('SOURCE_REJECTED');
    return (error as AppError).details.problems as string[];
  }
}

describe('parseGold', () => {
  it('accepts a well-formed gold article and keeps its content', () => {
    const gold = sampleGold();
    expect(parseGold(clone(gold), 'x.json')).toEqual(gold);
  });

  it.each<[string, (g: Record<string, unknown>) => void, string]>([
    [
      'an unknown actor type',
      (g) => ((g.actors as { type: string }[])[0]!.type = 'TERRORIST'),
      'expected one of',
    ],
    [
      'an agent that is not an actor',
      (g) => ((g.events as { agents: string[] }[])[0]!.agents = ['Hamas']),
      'agent "Hamas"',
    ],
    [
      'a place that is not a place',
      (g) => ((g.events as { place: string }[])[0]!.place = 'Homs'),
      'place "Homs"',
    ],
    [
      'a CREDIT claim without credited actors or a note',
      (g) => ((g.claims as { credited: string[] }[])[0]!.credited = []),
      'must name the credited',
    ],
    [
      'a claim reported by another article',
      (g) => ((g.claims as { reportedBy: string }[])[0]!.reportedBy = 'b.txt'),
      'is not the annotated article',
    ],
    [
      'a date that does not fit its precision',
      (g) => ((g.events as { date: string }[])[0]!.date = '2016-03'),
      'DAY precision',
    ],
    [
      'a missing surfaces list',
      (g) => delete (g.actors as Record<string, unknown>[])[0]!.surfaces,
      '"surfaces"',
    ],
    [
      'a partOf that is not an actor',
      (g) => ((g.actors as { partOf?: string }[])[1]!.partOf = 'Assad regime'),
      'partOf',
    ],
  ])('rejects %s', (_case, spoil, message) => {
    const json = clone(sampleGold());
    spoil(json);
    expect(problemsOf(json).join('\n')).toContain(message);
  });

  it('reports every problem at once', () => {
    const json = clone(sampleGold());
    (json.events as { agents: string[] }[])[0]!.agents = ['Hamas'];
    (json.claims as { claimant: string }[])[1]!.claimant = 'Kremlin';
    expect(problemsOf(json)).toHaveLength(2);
  });

  it('rejects something that is not an object', () => {
    expect(() => parseGold([], 'x.json')).toThrow(/must hold a JSON object/);
  });
});

describe('findUnanchoredStrings', () => {
  it('lists gold strings that are not in the text, verbatim', () => {
    const gold = sampleGold({ places: [], events: [], claims: [] });
    gold.actors = [{ name: 'Russia', type: 'STATE', surfaces: ['Russian', 'Moscow'] }];
    expect(findUnanchoredStrings(gold, 'Russian jets struck.')).toEqual([
      'actor "Russia" surface: "Moscow" does not occur in the article text',
    ]);
  });
});

/** The sample gold as a corpus article: `source` instead of `article`, claims without reportedBy. */
function corpusJson(source: unknown): Record<string, unknown> {
  const json = clone(sampleGold());
  delete json.article;
  json.source = source;
  json.topic = 'technology';
  json.outlet = 'BBC News';
  for (const claim of json.claims as Record<string, unknown>[]) delete claim.reportedBy;
  return json;
}

describe('parseGold with a corpus source', () => {
  it.each<[string, unknown, string]>([
    ['a BBC file', { corpus: 'bbc-news', path: 'tech/012.txt' }, 'bbc-news/tech/012.txt'],
    ['an AG News row', { corpus: 'ag-news', path: 'test.csv', row: 17 }, 'ag-news/test.csv#row-17'],
  ])('names %s by its source key', (_case, source, key) => {
    const gold = parseGold(corpusJson(source), 'x.json');
    expect(gold.article).toBe(key);
    expect(gold.source).toEqual(source);
    expect(gold.topic).toBe('technology');
    expect(gold.outlet).toBe('BBC News');
    expect(gold.claims.every((c) => c.reportedBy === key)).toBe(true);
  });

  it.each<[string, (g: Record<string, unknown>) => void, string]>([
    [
      'a CSV source without a row',
      (g) => (g.source = { corpus: 'ag-news', path: 'test.csv' }),
      'give the record number',
    ],
    [
      'a row of a text file',
      (g) => (g.source = { corpus: 'bbc-news', path: 'tech/012.txt', row: 2 }),
      'only for CSV',
    ],
    [
      'a row that is not a record number',
      (g) => (g.source = { corpus: 'ag-news', path: 'test.csv', row: 0 }),
      'whole number from 1',
    ],
    [
      'a path out of the corpus',
      (g) => (g.source = { corpus: 'bbc-news', path: '../secret.txt' }),
      'relative path inside',
    ],
    ['a corpus that is not a folder name', (g) => (g.source = { corpus: '../x', path: 'a.txt' }), '"corpus"'],
    ['both article and source', (g) => (g.article = 'a1.txt'), 'not both'],
    ['neither article nor source', (g) => delete g.source, 'name the article'],
    ['an unknown topic', (g) => (g.topic = 'weather'), '"topic" is "weather"'],
    ['a malformed publication date', (g) => (g.publishedAt = '12 May 2004'), 'YYYY, YYYY-MM or YYYY-MM-DD'],
    [
      'a claim reported by another article',
      (g) => ((g.claims as { reportedBy?: string }[])[0]!.reportedBy = 'tech/013.txt'),
      'is not the annotated article',
    ],
    [
      'a central flag that is not a boolean',
      (g) => ((g.events as { central?: unknown }[])[0]!.central = 'yes'),
      '"central" must be true or false',
    ],
    [
      'a count without its text',
      (g) => ((g.events as { counts?: unknown }[])[0]!.counts = [{ what: 'killed', value: 400 }]),
      'events[0].counts[0]: "text"',
    ],
    [
      'a count whose value is neither number nor string',
      (g) =>
        ((g.events as { counts?: unknown }[])[0]!.counts = [{ what: 'score', value: [2, 1], text: '2-1' }]),
      '"value" must be a number or',
    ],
  ])('rejects %s', (_case, spoil, message) => {
    const json = corpusJson({ corpus: 'bbc-news', path: 'tech/012.txt' });
    spoil(json);
    expect(problemsOf(json).join('\n')).toContain(message);
  });

  it.each(['tech/012.txt', 'bbc-news/tech/012.txt'])(
    'accepts reportedBy "%s" for the article itself',
    (name) => {
      const json = corpusJson({ corpus: 'bbc-news', path: 'tech/012.txt' });
      (json.claims as { reportedBy?: string }[])[0]!.reportedBy = name;
      expect(problemsOf(json)).toEqual([]);
    },
  );

  it('keeps central events and their counts', () => {
    const json = corpusJson({ corpus: 'bbc-news', path: 'tech/012.txt' });
    const count = { what: 'killed', value: 400, text: 'more than 400 IS militants were killed' };
    (json.events as Record<string, unknown>[])[0]!.counts = [count];
    const gold = parseGold(json, 'x.json');
    expect(gold.events[0]?.central).toBe(true);
    expect(gold.events[0]?.counts).toEqual([count]);
  });
});

describe('CREDIT claims without a named credited actor', () => {
  it('are accepted with a note saying why', () => {
    const json = clone(sampleGold());
    const claim = (json.claims as Record<string, unknown>[])[0]!;
    claim.credited = [];
    claim.note = 'credits trade agreements, which are not actors';
    expect(problemsOf(json)).toEqual([]);
  });
});

describe('findUnknownFields', () => {
  it('lists misspelt fields where they are, and nothing for a well-formed file', () => {
    const json = corpusJson({ corpus: 'bbc-news', path: 'tech/012.txt' });
    expect(findUnknownFields(json)).toEqual([]);
    (json.events as Record<string, unknown>[])[1]!.centrl = true;
    json.topics = 'sport';
    expect(findUnknownFields(json)).toEqual([
      expect.stringMatching(/^\(top level\): unknown field "topics"/),
      expect.stringMatching(/^events\[1\]: unknown field "centrl"/),
    ]);
  });
});

describe('findUnanchoredStrings on counts', () => {
  it('checks the verbatim text of each count', () => {
    const gold = sampleGold({ actors: [], places: [], claims: [] });
    gold.events = [
      {
        type: 'KILLING',
        agents: [],
        targets: [],
        place: null,
        sentence: 'were killed',
        counts: [{ what: 'killed', value: 400, text: 'more than 400' }],
      },
    ];
    expect(findUnanchoredStrings(gold, 'Some 400 were killed.')).toEqual([
      'events[0].counts[0] text: "more than 400" does not occur in the article text',
    ]);
  });
});
