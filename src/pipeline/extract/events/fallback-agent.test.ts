import { describe, expect, it } from 'vitest';
import type { Event } from '../../../domain.js';
import { extractEvents } from './index.js';
import { fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';

const ENTITIES: FixtureEntity[] = [
  { id: 'act_ada_vance', name: 'Ada Vance', kind: 'ACTOR', type: 'PERSON', surfaces: ['Ada Vance', 'Vance'] },
  { id: 'plc_kestrel', name: 'Kestrel', kind: 'PLACE', type: 'CITY', surfaces: ['Kestrel'] },
];

function events(text: string): Event[] {
  return extractEvents(fixtureContext(`It was a quiet week. Nothing else happened. ${text}`, ENTITIES))
    .events;
}

function participantsOf(list: Event[], type: string): string[] {
  return list
    .filter((e) => e.type === type)
    .flatMap((e) => e.participants.map((p) => `${p.role}:${p.actorId}`))
    .sort();
}

describe('fallbackAgent: a verb with no subject of its own shares the main clause subject', () => {
  it.each([
    [
      "a coordinated verb after 'and'",
      'Ada Vance won five tournaments in 2004 and won Olympic gold in Kestrel.',
      'MATCH',
      'AGENT:act_ada_vance',
    ],
    [
      "a passive participle after 'after being'",
      'Ada Vance was forced off the circuit after being knocked out of the French Open.',
      'MATCH',
      ':act_ada_vance',
    ],
    [
      "a gerund whose main clause subject is 'she'",
      'Ada Vance rested. After a long lay-off, she slid down the rankings after contracting the illness in April.',
      'INJURY',
      'AGENT:act_ada_vance',
    ],
  ])('%s', (_, text, type, participant) => {
    expect(participantsOf(events(text), type).some((p) => p.endsWith(participant))).toBe(true);
  });

  it('gives a coordinated verb no subject when nothing names one', () => {
    expect(participantsOf(events('The crowd cheered and won nothing.'), 'MATCH')).toEqual([]);
  });
});
