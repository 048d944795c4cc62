import { describe, expect, it } from 'vitest';
import type { Event } from '../../../domain.js';
import { extractEvents } from './index.js';
import { fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';

const ENTITIES: FixtureEntity[] = [
  { id: 'act_acme', name: 'Acme', kind: 'ACTOR', type: 'COMPANY', surfaces: ['Acme'] },
  { id: 'act_globex', name: 'Globex', kind: 'ACTOR', type: 'COMPANY', surfaces: ['Globex'] },
  { id: 'act_eastmark', name: 'Eastmark', kind: 'ACTOR', type: 'STATE', surfaces: ['Eastmark'] },
];

function run(text: string): Event[] {
  return extractEvents(fixtureContext(`It was a quiet week. Nothing else happened. ${text}`, ENTITIES))
    .events;
}

function agentsOf(text: string, type: string): string[] {
  return run(text)
    .filter((e) => e.type === type)
    .flatMap((e) => e.participants.filter((p) => p.role === 'AGENT').map((p) => p.actorId))
    .sort();
}

describe("between parties: 'between X and Y' names both sides of a two-sided event", () => {
  it.each([
    [
      'a deal whose first side follows a describing noun',
      'Officials formalised a co-operation deal between energy firm Acme and the retailer Globex.',
      'DEAL',
      ['act_acme', 'act_globex'],
    ],
    [
      'talks between two firms',
      'Officials held talks between Acme and Globex on Monday.',
      'MEETING',
      ['act_acme', 'act_globex'],
    ],
  ])('%s', (_, text, type, agents) => {
    expect(agentsOf(text, type)).toEqual(agents);
  });

  it('reports no event for a merger in subject position followed by a modal', () => {
    expect(
      run('A merger between Acme and Globex would be the fifth deal since October.').map((e) => e.type),
    ).not.toContain('DEAL');
  });
});
