import { describe, expect, it } from 'vitest';
import type { Event } from '../../../domain.js';
import { extractEvents } from './index.js';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';
import {
  eventRoles as roles,
  onlyEvent as only,
  runEvents as run,
} from '../../../../tests/fixtures/extract-runs.js';

describe('extractEvents: determinism', () => {
  it('returns the same events, ids and order on every run', () => {
    const text =
      'The Northland Army recaptured Kestrel from the Red Brigade on March 27. The Red Brigade destroyed the Old Gate. ' +
      'Westland airstrikes hit Marrow. A truce between Northland and the Red Brigade began in Marrow.';
    const a = run(text, '2016-04-01');
    const b = run(text, '2016-04-01');
    expect(a.events.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

function ofType(text: string, type: string): Event | undefined {
  return run(text).events.find((e) => e.type === type);
}

describe('extractEvents: plans, conditions, requests and denials', () => {
  it.each([
    ['If the Northland Army manages to retake Kestrel, it will rest.', 'The Northland Army retook Kestrel.'],
    [
      'The Northland Army will expand its military operations on Marrow.',
      'The Northland Army expanded its military operations on Marrow.',
    ],
    [
      'Westland is asking for Northland troops to be pulled out of Kestrel.',
      'Westland said Northland troops were pulled out of Kestrel.',
    ],
    [
      'The Red Brigade never attacked Marrow, its fighters said.',
      'The Red Brigade attacked Marrow, its fighters said.',
    ],
    ['The Red Brigade could destroy the Old Gate.', 'The Red Brigade destroyed the Old Gate.'],
  ])('finds no event in %j, but one in %j', (irrealis, realis) => {
    expect(run(irrealis).events).toEqual([]);
    expect(run(realis).events).toHaveLength(1);
  });
});

describe('extractEvents: place from the sentence or the sentences before', () => {
  it.each([
    [
      'The Northland Army retook Kestrel. Over 300 Red Brigade fighters were killed.',
      'KILLING',
      'plc_kestrel',
    ],
    [
      'The Northland Army retook Kestrel. Dozens of Northlandic soldiers were also dying in the battle.',
      'KILLING',
      'plc_kestrel',
    ],
    [
      'Eastmarkian airstrikes killed ten Red Brigade fighters as Northland retook Kestrel.',
      'AIRSTRIKE',
      'plc_kestrel',
    ],
    [
      'The Northland Army retook Kestrel. Eastmarkian jets flew 500 sorties against the Red Brigade.',
      'AIRSTRIKE',
      'plc_kestrel',
    ],
  ])('places the event in %j', (text, type, placeId) => {
    expect(ofType(text, type)?.placeId).toBe(placeId);
  });

  it.each([
    ['Over 300 Red Brigade fighters were killed.'],
    ['The Northland Army retook Kestrel. The minister spoke. The budget passed. Ten fighters were killed.'],
    ['Workers at the Marrow plant began strikes over pay.'],
    ['The Red Brigade destroyed treasures that date back to the Marrow kingdom.'],
  ])('finds no placed killing, strike or destruction in %j', (text) => {
    const events = run(text).events.filter(
      (e) => ['KILLING', 'AIRSTRIKE', 'DESTRUCTION'].includes(e.type) && e.placeId !== undefined,
    );
    expect(events).toEqual([]);
  });
});

describe('extractEvents: agents outside the plain subject', () => {
  it.each([
    [
      'The Northland Army retook Kestrel. The Northland Army conducted 23 strikes against the Red Brigade.',
      'AIRSTRIKE',
      'AGENT:act_northland_army',
    ],
    [
      'The Red Brigade destroyed the Old Gate. They also beheaded the town’s mayor, Omar Hale.',
      'KILLING',
      'AGENT:act_red_brigade',
    ],
    [
      'The Red Brigade destroyed the Old Gate. They also beheaded the town’s mayor, Omar Hale.',
      'KILLING',
      'VICTIM:act_omar_hale',
    ],
    [
      'The Red Brigade grew. The militants, which captured Kestrel in a night raid, are now weak.',
      'CAPTURE',
      'AGENT:act_red_brigade',
    ],
    [
      'According to the Eastmark Defence Ministry, the country’s forces and its allies recaptured Kestrel.',
      'RECAPTURE',
      'AGENT:act_eastmark_defence',
    ],
    [
      'The Old Gate was blown up in March under the orders of their leader, Omar Hale, in the war.',
      'DESTRUCTION',
      'AGENT:act_omar_hale',
    ],
    [
      'Kestrel was captured by the Red Brigade during a two-week siege.',
      'OFFENSIVE',
      'AGENT:act_red_brigade',
    ],
    [
      'Hundreds of Red Brigade fighters launched violent attacks on Northlandic troops in Kestrel.',
      'ATTACK',
      'AGENT:act_red_brigade',
    ],
  ])('reads in %j a %s event with %s', (text, type, role) => {
    const event = ofType(text, type);
    expect(event, JSON.stringify(run(text).events.map((e) => e.label))).toBeDefined();
    expect(roles(event!)).toContain(role);
  });

  it('does not take the speaker before "said such attacks" as the attacker', () => {
    const event = ofType('Vance said such attacks on Marrow troops were brutal.', 'ATTACK');
    expect(event?.placeId).toBe('plc_marrow');
    expect(roles(event!).filter((r) => r.startsWith('AGENT'))).toEqual([]);
  });

  it('does not take a place from the sentences before when the sentence names its own', () => {
    const text = 'The Northland Army retook Kestrel. Nine Westland soldiers were killed as Marrow burned.';
    const killing = ofType(text, 'KILLING');
    expect(killing?.placeId).toBe('plc_marrow');
  });

  it.each([
    [
      'A truce between Westland-backed rebels and the Northland Army began in Marrow.',
      ['AGENT:act_northland_army'],
    ],
    [
      'A ceasefire between Red Brigade gunmen and the Northland Army began in Marrow.',
      ['AGENT:act_northland_army', 'AGENT:act_red_brigade'],
    ],
  ])('reads the sides of "between … and" in %j', (text, expected) => {
    expect(roles(only(text).event)).toEqual(expected);
  });

  it('does not take a group description for an agent when no one group leads', () => {
    const text =
      'The Red Brigade and the Blue Brigade fought. The militants, which captured Kestrel in a night raid, are weak.';
    const blue: FixtureEntity = {
      id: 'act_blue_brigade',
      name: 'Blue Brigade',
      kind: 'ACTOR',
      type: 'ARMED_GROUP',
      surfaces: ['Blue Brigade'],
    };
    const { events } = extractEvents(fixtureContext(text, [...COMMON_ENTITIES, blue]));
    const event = events.find((e) => e.type === 'CAPTURE');
    expect(event).toBeDefined();
    expect(event && roles(event).filter((r) => r.startsWith('AGENT'))).toEqual([]);
  });
});
