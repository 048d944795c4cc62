import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDoc, ArticleGraph } from '../domain.js';
import { loadGazetteer } from '../knowledge/index.js';
import { createEventMemory } from './extract/events/event-memory.js';
import { analyseArticle, createResolveState } from './stages.js';

// Each text opens with a heading line; the story follows.
const PALMYRA = 'Fighting went on in Palmyra.';
const FILLER = [
  'The victory was hailed by officials.',
  'The advance was swift.',
  'Many people welcomed the news.',
];

/** Reads the texts in order as articles of one run (shared resolve state and event memory). */
function run(texts: string[]): ArticleGraph[] {
  const resolveState = createResolveState();
  const eventMemory = createEventMemory();
  return texts.map((text, i) => {
    const article: ArticleDoc = {
      id: `art_${i}`,
      title: 'Palmyra',
      text: `Palmyra\n${text}`,
      contentHash: `h${i}`,
      sourceFile: `a${i}.txt`,
      publishedAt: '2016-04-01',
      datePrecision: 'DAY',
    };
    return analyseArticle(article, { resolveState, eventMemory });
  });
}

function eventOf(graph: ArticleGraph | undefined, type: string) {
  const found = graph?.events.filter((e) => e.type === type) ?? [];
  expect(found, JSON.stringify(graph?.events.map((e) => e.label))).toHaveLength(1);
  return found[0]!;
}

beforeAll(() => {
  loadGazetteer();
}, 60_000);

describe('event identity across the articles of a run', () => {
  it('joins a destruction at a misspelt town to the destruction at the town', () => {
    const [first, second] = run([
      `${PALMYRA} Islamic State militants destroyed ancient temples in Palmyra in 2015.`,
      'Daesh captured the ruins of Palymra and the adjacent modern city in May 2015, destroying ancient monuments there.',
    ]);
    expect(eventOf(second, 'DESTRUCTION').id).toBe(eventOf(first, 'DESTRUCTION').id);
    expect(eventOf(second, 'DESTRUCTION').placeId).toBe('plc_palmyra');
  });

  it('never takes a news agency whose correspondent speaks of a destruction as its doer', () => {
    const [, second] = run([
      `${PALMYRA} Islamic State militants destroyed ancient temples in Palmyra in 2015.`,
      'An AFP correspondent inside Palmyra said monuments destroyed by the jihadists were in pieces.',
    ]);
    const agency = second?.actors.find((a) => a.type === 'MEDIA');
    expect(agency?.name).toBe('Agence France-Presse');
    const doers = second?.events.flatMap((e) => e.participants.map((p) => p.actorId)) ?? [];
    expect(doers).not.toContain(agency?.id);
  });

  it('places a killing with no place at the place its article tells of, joining the killing there', () => {
    const [first, second] = run([
      `${PALMYRA} The Syrian army killed 400 Islamic State fighters in Palmyra on Saturday.`,
      [
        `${PALMYRA} The Syrian army recaptured Palmyra last week.`,
        ...FILLER,
        'Rami Abdulrahman said that 400 ISIL fighters died in the battle.',
      ].join('\n'),
    ]);
    const joined = eventOf(second, 'KILLING');
    expect(joined).toMatchObject({ id: eventOf(first, 'KILLING').id, mergeRule: 'story-place' });
    expect(joined.placeId).toBe('plc_palmyra');
  });

  it('keeps the capture of a town and its recapture a year later two events', () => {
    const [capture, recapture] = run([
      `${PALMYRA} Islamic State militants captured Palmyra in May 2015.`,
      `${PALMYRA} The Syrian army recaptured Palmyra from Islamic State last week.`,
    ]);
    expect(eventOf(recapture, 'RECAPTURE').id).not.toBe(eventOf(capture, 'CAPTURE').id);
  });
});
