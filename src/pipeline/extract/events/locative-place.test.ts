import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';
import { extractEvents } from './index.js';
import { locativePlace } from './locative-place.js';

const ENTITIES: FixtureEntity[] = [
  { id: 'act_ada_vance', name: 'Ada Vance', kind: 'ACTOR', type: 'PERSON', surfaces: ['Ada Vance', 'Vance'] },
  { id: 'act_tom_reyes', name: 'Tom Reyes', kind: 'ACTOR', type: 'PERSON', surfaces: ['Tom Reyes', 'Reyes'] },
  { id: 'plc_kestrel', name: 'Kestrel', kind: 'PLACE', type: 'CITY', surfaces: ['Kestrel'] },
];

const PREFIX = 'It was a quiet week. Nothing else happened. ';

describe('locativePlace', () => {
  it.each([
    ['Crowds gathered in Kestrel on Sunday.', 'plc_kestrel'],
    ['Crowds gathered at the Kestrel festival.', 'plc_kestrel'],
    ['Kestrel is a quiet town.', undefined],
    ['Its temples are among the most revered in Kestrel.', undefined],
    ['It is the best preserved site in Kestrel.', undefined],
  ])('reads the scene of %j as %j', (sentenceText, place) => {
    const context = fixtureContext(PREFIX + sentenceText, ENTITIES);
    const sentence = context.sentences.at(-1)!;
    expect(locativePlace(context.article.text, sentence, context.mentions)?.entityId).toBe(place);
  });
});

describe('extractEvents: a scene set in the sentence before', () => {
  it('places an event with no place of its own where the sentence before set the scene', () => {
    const text = `${PREFIX}The weather was warm in Kestrel on Sunday. Ada Vance beat Tom Reyes 6-2 6-4 in the final.`;
    const match = extractEvents(fixtureContext(text, ENTITIES)).events.find((e) => e.type === 'MATCH');
    expect(match?.placeId).toBe('plc_kestrel');
  });

  it('sets no scene from a place named without a locative preposition', () => {
    const text = `${PREFIX}Kestrel is a quiet town. Ada Vance beat Tom Reyes 6-2 6-4 in the final.`;
    const match = extractEvents(fixtureContext(text, ENTITIES)).events.find((e) => e.type === 'MATCH');
    expect(match).toBeDefined();
    expect(match?.placeId).toBeUndefined();
  });
});
