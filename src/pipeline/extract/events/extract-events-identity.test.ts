import { describe, expect, it } from 'vitest';
import type { Event } from '../../../domain.js';
import { extractEvents } from './index.js';
import { COMMON_ENTITIES, fixtureContext } from '../../../../tests/fixtures/event-context.js';
import { runEvents as run } from '../../../../tests/fixtures/extract-runs.js';

describe('extractEvents: identity across articles', () => {
  const first = extractEvents(
    fixtureContext(
      'Northlandic forces backed by Eastmarkian jets have re-taken Kestrel from the Red Brigade.',
      COMMON_ENTITIES,
      {
        id: 'art_a',
      },
    ),
  );
  const second = extractEvents(
    fixtureContext(
      'The Red Brigade Pushed Out Of Kestrel By The Northland Army. Officials hailed the liberation of Kestrel today.',
      COMMON_ENTITIES,
      { id: 'art_b', publishedAt: '2016-03-28' },
    ),
  );
  const earlier = extractEvents(
    fixtureContext(
      'Kestrel was captured by the Red Brigade last May, and the Brigade destroyed the Old Gate.',
      COMMON_ENTITIES,
      {
        id: 'art_c',
      },
    ),
  );
  const control = (events: Event[]) => events.filter((e) => e.type === 'CAPTURE' || e.type === 'RECAPTURE');

  it('gives the same recapture told in different words the same id', () => {
    expect(control(first.events)).toHaveLength(1);
    expect(control(second.events)).toHaveLength(1);
    expect(control(first.events)[0]!.id).toBe(control(second.events)[0]!.id);
    expect(control(first.events)[0]!.label).toBe('Recapture of Kestrel');
  });

  it('gives the earlier capture of the same city by the other side a different id', () => {
    const capture = control(earlier.events);
    expect(capture).toHaveLength(1);
    expect(capture[0]!.id).not.toBe(control(first.events)[0]!.id);
  });

  it('keeps each article’s own date on its report, not on the id', () => {
    const report = second.eventReports.find((r) => r.trigger === 'liberation');
    expect(report).toMatchObject({ dateText: 'today', date: '2016-03-28', datePrecision: 'DAY' });
  });
});

describe('extractEvents: merging within an article', () => {
  it('joins an agentless "retaking" to the recapture, not to the earlier capture by the other side', () => {
    const { events, eventReports } = run(
      'The Red Brigade captured Kestrel in 2014. The Northland Army retook Kestrel last week. The retaking of Kestrel was celebrated.',
    );
    const recapture = events.find((e) => e.type === 'RECAPTURE')!;
    const capture = events.find((e) => e.type === 'CAPTURE')!;
    expect(recapture.id).not.toBe(capture.id);
    expect(eventReports.filter((r) => r.eventId === recapture.id).map((r) => r.trigger)).toEqual([
      'retook',
      'retaking',
    ]);
  });

  it('does not join an agentless "retaking" to a plain capture by someone', () => {
    const { events } = run(
      'The Red Brigade captured Kestrel in 2014. The retaking of Kestrel was celebrated.',
    );
    expect(new Set(events.map((e) => e.id)).size).toBe(2);
  });

  it('keeps one side’s takings of a city years apart as two events, the later one by its time window', () => {
    const { events } = run(
      'The Red Brigade captured Kestrel in 2012. The Red Brigade captured Kestrel again on 3 May 2016.',
    );
    const captures = events.filter((e) => e.type === 'CAPTURE');
    expect(captures).toHaveLength(2);
    expect(captures[1]!.mergeRule).toBe('time-window');
  });

  it('keeps one key told months apart in one article as one event (a date read wrongly is likelier)', () => {
    const { events } = run(
      'The Red Brigade captured Kestrel in May 2015. The Red Brigade captured Kestrel in February 2016.',
    );
    expect(events.filter((e) => e.type === 'CAPTURE')).toHaveLength(1);
  });

  it('joins a report dated by its stretch ("their two-year siege") to the event at its start', () => {
    const { events } = run(
      'The Red Brigade attacked Kestrel in May 2014. The Red Brigade’s two-year siege of Kestrel ended in March 2016.',
    );
    expect(events.filter((e) => e.type === 'ATTACK' || e.type === 'OFFENSIVE')).toHaveLength(1);
  });

  it.each([
    [
      'He expressed Northland’s sympathy for the victims of the storm which killed 150 people in Marrow.',
      'act_northland',
    ],
    [
      'The Red Brigade suspended a member for suggesting that looters in Marrow should be killed.',
      'act_red_brigade',
    ],
  ])('does not make a distant noun the doer or victim in %j', (text, actor) => {
    const { events } = run(text);
    expect(events.flatMap((e) => e.participants.map((p) => p.actorId))).not.toContain(actor);
  });
});
