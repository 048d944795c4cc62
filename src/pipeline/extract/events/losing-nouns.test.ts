import { describe, expect, it } from 'vitest';
import { extractEvents } from './index.js';
import { fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';

const ENTITIES: FixtureEntity[] = [
  { id: 'act_ada_vance', name: 'Ada Vance', kind: 'ACTOR', type: 'PERSON', surfaces: ['Ada Vance', 'Vance'] },
  { id: 'act_bo_lind', name: 'Bo Lind', kind: 'ACTOR', type: 'PERSON', surfaces: ['Bo Lind', 'Lind'] },
];

describe("losing nouns: the party after 'to' of a loss or defeat won", () => {
  it.each([
    ['Vance was speaking after a 6-2 5-7 6-2 loss to Bo Lind on Sunday.'],
    ['Vance was quiet after her 6-2 6-1 defeat to Bo Lind in the final.'],
  ])('%s', (text) => {
    const events = extractEvents(
      fixtureContext(`It was a quiet week. Nothing else happened. ${text}`, ENTITIES),
    ).events;
    const agents = events
      .filter((e) => e.type === 'MATCH')
      .flatMap((e) => e.participants.filter((p) => p.role === 'AGENT').map((p) => p.actorId));
    expect(agents).toContain('act_bo_lind');
  });
});
