import { describe, expect, it } from 'vitest';
import type { Event } from '../../../domain.js';
import { extractEvents } from './index.js';
import { fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';

const ENTITIES: FixtureEntity[] = [
  { id: 'act_norland', name: 'Norland', kind: 'ACTOR', type: 'STATE', surfaces: ['Norland'] },
  { id: 'act_sudmark', name: 'Sudmark', kind: 'ACTOR', type: 'STATE', surfaces: ['Sudmark'] },
  { id: 'act_ada_vance', name: 'Ada Vance', kind: 'ACTOR', type: 'PERSON', surfaces: ['Ada Vance', 'Vance'] },
  { id: 'act_bo_lind', name: 'Bo Lind', kind: 'ACTOR', type: 'PERSON', surfaces: ['Bo Lind', 'Lind'] },
];

function agentsOf(text: string, type: string): string[] {
  const list: Event[] = extractEvents(fixtureContext(text, ENTITIES)).events;
  return list
    .filter((e) => e.type === type)
    .flatMap((e) => e.participants.filter((p) => p.role === 'AGENT').map((p) => p.actorId))
    .sort();
}

describe('pair agents: a reference to both parties of a pair named before', () => {
  it.each([
    [
      "'both sides' as the subject, the pair named five sentences before",
      'Officials praised Norland and Sudmark. Trade grew. Rain fell. Markets rose. Prices fell. Both sides agreed to reopen their consulates.',
      ['act_norland', 'act_sudmark'],
    ],
    [
      "'the two presidents' for the last two people named",
      'President Ada Vance arrived on Monday. Later President Bo Lind spoke. The two presidents also agreed to create a network.',
      ['act_ada_vance', 'act_bo_lind'],
    ],
  ])('%s', (_, text, agents) => {
    expect(agentsOf(text, 'AGREEMENT')).toEqual(agents);
  });

  it("gives a noun the verb's reference does not stand for no parties ('agreed to begin talks')", () => {
    const text = 'Officials praised Norland and Sudmark. Both sides agreed to begin talks on trade.';
    expect(agentsOf(text, 'MEETING')).toEqual([]);
  });
});
