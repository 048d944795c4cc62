import { describe, expect, it } from 'vitest';
import type { Event, EventReport } from '../../../domain.js';
import { extractEvents } from './index.js';
import { fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';

const ENTITIES: FixtureEntity[] = [
  { id: 'act_acme', name: 'Acme', kind: 'ACTOR', type: 'COMPANY', surfaces: ['Acme'] },
  { id: 'act_globex', name: 'Globex', kind: 'ACTOR', type: 'COMPANY', surfaces: ['Globex'] },
  { id: 'act_westland', name: 'Westland', kind: 'ACTOR', type: 'STATE', surfaces: ['Westland'] },
  { id: 'act_eastmark', name: 'Eastmark', kind: 'ACTOR', type: 'STATE', surfaces: ['Eastmark'] },
  { id: 'act_ada_vance', name: 'Ada Vance', kind: 'ACTOR', type: 'PERSON', surfaces: ['Ada Vance', 'Vance'] },
  { id: 'act_tom_reyes', name: 'Tom Reyes', kind: 'ACTOR', type: 'PERSON', surfaces: ['Tom Reyes', 'Reyes'] },
  { id: 'act_eve_lund', name: 'Eve Lund', kind: 'ACTOR', type: 'PERSON', surfaces: ['Eve Lund', 'Lund'] },
  { id: 'plc_kestrel', name: 'Kestrel', kind: 'PLACE', type: 'CITY', surfaces: ['Kestrel'] },
  { id: 'plc_marrow', name: 'Marrow', kind: 'PLACE', type: 'CITY', surfaces: ['Marrow'] },
];

function run(text: string): { events: Event[]; eventReports: EventReport[] } {
  return extractEvents(fixtureContext(`It was a quiet week. Nothing else happened. ${text}`, ENTITIES));
}

function agentsOf(text: string, type: string): string[] {
  const event = run(text).events.find((e) => e.type === type);
  return (event?.participants ?? []).filter((p) => p.role === 'AGENT').map((p) => p.actorId);
}

/** Eve Lund's result, told three sentences after two results at Kestrel and at `second`. */
function lundsResult(second: string): Event | undefined {
  const { events } = run(
    'Ada Vance crashed out in the 800m final in Kestrel. ' +
      `Tom Reyes finished fourth in the 1500m final in ${second}. ` +
      'It was a cold week. Fans stayed at home. Eve Lund crashed out in the first round.',
  );
  return events.find((e) => e.participants.some((p) => p.actorId === 'act_eve_lund'));
}

describe('extractEvents: event arguments', () => {
  it.each([
    ['Ada Vance took the title with a dramatic win over Tom Reyes.', 'MATCH', ['act_ada_vance']],
    ["Vance went down 6-2 7-5 to Westland's Tom Reyes in the final.", 'MATCH', ['act_tom_reyes']],
    ['Acme warned users. Later the company announced it was to buy Globex.', 'DEAL', ['act_acme']],
    ['Discussions have begun with Westland on the timing of the deployment.', 'MEETING', ['act_westland']],
    ['The novel was turned into a spoof spy movie by Tom Reyes in 1967.', 'WORK_RELEASE', ['act_tom_reyes']],
  ])('finds the agent of %s', (text, type, agents) => {
    expect(agentsOf(text, type)).toEqual(agents);
  });

  it('reads "both countries" as the two states named together just before', () => {
    const text =
      'Westland and Eastmark opened a border crossing. Ministers of both countries held a meeting in Kestrel.';
    expect(agentsOf(text, 'MEETING').sort()).toEqual(['act_eastmark', 'act_westland']);
  });

  it('keeps the party after "with" as the other side when an agent is named', () => {
    const event = run('Acme held talks with Globex on Monday.').events.find((e) => e.type === 'MEETING');
    expect(event?.participants.map((p) => `${p.role}:${p.actorId}`).sort()).toEqual([
      'AGENT:act_acme',
      'TARGET:act_globex',
    ]);
  });

  it.each([
    ['Globex fears a crisis and wants to prevent it by signing this deal.', 'DEAL'],
    ['Among the favourites to take over the role are Tom Reyes and Ada Vance.', 'DEAL'],
    ['Acme has won the right to buy Globex.', 'DEAL'],
    ['Ada Vance, who was hurt, has ruled out retiring this year.', 'RESIGNATION'],
  ])('reports no event for %s', (text, type) => {
    expect(run(text).events.map((e) => e.type)).not.toContain(type);
  });

  it('gives a result with no place of its own the venue of the article’s other results', () => {
    const lund = lundsResult('Kestrel');
    expect(lund?.placeId).toBe('plc_kestrel');
  });

  it('gives the venue when it holds twice the results of any other place', () => {
    const { events } = run(
      'Ada Vance crashed out in the 800m final in Kestrel. ' +
        'Tom Reyes finished fourth in the 1500m final in Kestrel. ' +
        'Ada Vance finished fourth in the 5000m final in Marrow. ' +
        'It was a cold week. Fans stayed at home. Eve Lund crashed out in the first round.',
    );
    const lund = events.find((e) => e.participants.some((p) => p.actorId === 'act_eve_lund'));
    expect(lund?.placeId).toBe('plc_kestrel');
  });

  it('gives no venue when the results are told at several places alike', () => {
    const lund = lundsResult('Marrow');
    expect(lund).toBeDefined();
    expect(lund?.placeId).toBeUndefined();
  });

  it('gives a bombing the one place its sentence names through another event', () => {
    const { events } = run(
      'Two soldiers were killed when their vehicle hit a mine in Kestrel, and a pipeline was damaged by a bomb.',
    );
    expect(events.find((e) => e.type === 'BOMBING')?.placeId).toBe('plc_kestrel');
  });
});
