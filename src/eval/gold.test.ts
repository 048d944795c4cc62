import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { sampleGold } from '../../tests/fixtures/eval-graph.js';
import { findUnanchoredStrings, parseGold, type GoldArticle } from './gold.js';

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
      'a CREDIT claim without credited actors',
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
