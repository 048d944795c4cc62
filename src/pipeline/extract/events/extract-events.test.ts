import { describe, expect, it } from 'vitest';
import {
  eventRoles as roles,
  onlyEvent as only,
  runEvents as run,
} from '../../../../tests/fixtures/extract-runs.js';

describe('extractEvents: triggers', () => {
  it.each([
    ['The Northland Army captured Kestrel after a long siege.', 'CAPTURE', 'Capture of Kestrel', 'captured'],
    ['The Northland Army recaptured Kestrel.', 'RECAPTURE', 'Recapture of Kestrel', 'recaptured'],
    [
      'The Northland Army re-took Kestrel from the Red Brigade.',
      'RECAPTURE',
      'Recapture of Kestrel',
      're-took',
    ],
    [
      'The Northland Army took back Kestrel from the Red Brigade.',
      'RECAPTURE',
      'Recapture of Kestrel',
      'took back',
    ],
    [
      'The Northland Army regained Kestrel in a swift offensive.',
      'RECAPTURE',
      'Recapture of Kestrel',
      'regained',
    ],
    ['The Northland Army liberated Kestrel.', 'RECAPTURE', 'Recapture of Kestrel', 'liberated'],
    [
      'The Northland Army drove the Red Brigade out of Kestrel.',
      'RECAPTURE',
      'Recapture of Kestrel',
      'drove out',
    ],
    [
      'The liberation of Kestrel was celebrated by the Northland Army.',
      'RECAPTURE',
      'Recapture of Kestrel',
      'liberation',
    ],
    [
      'The Red Brigade destroyed the Old Gate.',
      'DESTRUCTION',
      'Destruction of Old Gate by Red Brigade',
      'destroyed',
    ],
    [
      'The Red Brigade blew up the Old Gate with explosives.',
      'DESTRUCTION',
      'Destruction of Old Gate by Red Brigade',
      'blew up',
    ],
    [
      'The Red Brigade demolished houses in Marrow.',
      'DESTRUCTION',
      'Destruction in Marrow by Red Brigade',
      'demolished',
    ],
    ['The Red Brigade beheaded Omar Hale.', 'KILLING', 'Killing of Omar Hale', 'beheaded'],
    [
      'Westland airstrikes hit Marrow overnight.',
      'AIRSTRIKE',
      'Airstrikes on Marrow by Westland',
      'airstrikes',
    ],
    [
      'Red Brigade fighters withdrew from Marrow under fire.',
      'WITHDRAWAL',
      'Withdrawal from Marrow',
      'withdrew',
    ],
    [
      'The Red Brigade launched an offensive on Marrow.',
      'OFFENSIVE',
      'Offensive on Marrow by Red Brigade',
      'launched offensive',
    ],
    [
      'A ceasefire between Northland and the Red Brigade held in Marrow.',
      'CEASEFIRE',
      'Ceasefire in Northland',
      'ceasefire',
    ],
  ])('reads %j as %s', (text, type, label, trigger) => {
    const { event, reports } = only(text);
    expect(event.type).toBe(type);
    expect(event.label).toBe(label);
    expect(reports[0]!.trigger).toBe(trigger);
  });

  it.each([
    ['The minister took part in the talks in Kestrel.'],
    ['The striker took Marrow to a cup final after a long season.'],
    ['The champion is recapturing her title in Marrow this summer.'],
    ['Critics attacked the way the Marrow budget was sold to voters.'],
    ['She was forced to drop out of the Marrow marathon.'],
    ['Mr Reyes captured the imagination of the audience.'],
  ])('finds no event in %j', (text) => {
    expect(run(text).events).toEqual([]);
  });
});

describe('extractEvents: roles', () => {
  it.each([
    [
      'The Northland Army recaptured Kestrel from the Red Brigade.',
      ['AGENT:act_northland_army', 'TARGET:act_red_brigade'],
    ],
    ['Northlandic and Eastmarkian forces recaptured Kestrel.', ['AGENT:act_eastmark', 'AGENT:act_northland']],
    [
      'The Northland Army retook Kestrel with the help of Westland.',
      ['AGENT:act_northland_army', 'SUPPORTER:act_westland'],
    ],
    ['Kestrel was captured by the Red Brigade in a night raid.', ['AGENT:act_red_brigade']],
    [
      'The Red Brigade was driven out of Kestrel by the Northland Army.',
      ['AGENT:act_northland_army', 'TARGET:act_red_brigade'],
    ],
    [
      'Red Brigade Driven Out Of Kestrel By Northland Army',
      ['AGENT:act_northland_army', 'TARGET:act_red_brigade'],
    ],
    ['The Old Gate was demolished by the Red Brigade.', ['AGENT:act_red_brigade']],
    ['The Red Brigade killed Omar Hale in Marrow.', ['AGENT:act_red_brigade', 'VICTIM:act_omar_hale']],
    [
      'Omar Hale was executed by the Red Brigade after a sham trial in Marrow.',
      ['AGENT:act_red_brigade', 'VICTIM:act_omar_hale'],
    ],
    ['Northland lost Kestrel to the Red Brigade.', ['AGENT:act_red_brigade', 'TARGET:act_northland']],
    [
      'The victory came when Northland troops, aided by Westland, retook Kestrel.',
      ['AGENT:act_northland', 'SUPPORTER:act_westland'],
    ],
    [
      'A truce between Northland and the Red Brigade began in Marrow.',
      ['AGENT:act_northland', 'AGENT:act_red_brigade'],
    ],
  ])('reads the roles in %j', (text, expected) => {
    expect(roles(only(text).event)).toEqual(expected);
  });

  it('keeps the trigger after a helper phrase ("with the help of X retook …")', () => {
    const { event } = only('Northland troops with the help of Westland retook Kestrel.');
    expect(event.type).toBe('RECAPTURE');
    expect(roles(event)).toEqual(['AGENT:act_northland', 'SUPPORTER:act_westland']);
  });

  it('makes the helper’s own airstrikes an event of the helper, at the place of the main event', () => {
    const { events } = run('The Northland Army, backed by Eastmarkian airstrikes, retook Kestrel.');
    const recapture = events.find((e) => e.type === 'RECAPTURE')!;
    const strikes = events.find((e) => e.type === 'AIRSTRIKE')!;
    expect(events).toHaveLength(2);
    expect(roles(recapture)).toEqual(['AGENT:act_northland_army', 'SUPPORTER:act_eastmark']);
    expect(roles(strikes)).toEqual(['AGENT:act_eastmark']);
    expect(strikes.placeId).toBe('plc_kestrel');
  });

  it('takes the place from the passive subject and the agent from "by"', () => {
    const { event } = only('Kestrel was captured by the Red Brigade in a night raid.');
    expect(event.placeId).toBe('plc_kestrel');
    expect(event.type).toBe('CAPTURE');
  });

  it('does not take the source of an "according to" clause as the agent', () => {
    const { event } = only('According to Westland, the Northland Army recaptured Kestrel.');
    expect(roles(event)).toEqual(['AGENT:act_northland_army']);
  });

  it('gives participants evidence pointing at their own mention', () => {
    const text = 'The Northland Army recaptured Kestrel from the Red Brigade.';
    const { event } = only(text);
    for (const p of event.participants) {
      expect(text.slice(p.evidence.start, p.evidence.end)).toMatch(/Northland Army|Red Brigade/);
      expect(p.evidence.extractor).toBe('rules/events');
    }
  });
});

describe('extractEvents: reports and dates', () => {
  it('keeps the event date apart from the publication date, with the words that gave it', () => {
    const { event, reports } = only('The Red Brigade captured Kestrel in May of last year.', '2016-03-27');
    expect(event.date).toBe('2015-05');
    expect(event.datePrecision).toBe('MONTH');
    expect(reports[0]).toMatchObject({
      dateText: 'in May of last year',
      date: '2015-05',
      datePrecision: 'MONTH',
    });
  });

  it('leaves a relative date undated without a publication date', () => {
    const { event, reports } = only('The Red Brigade captured Kestrel on Friday.');
    expect(event.date).toBeUndefined();
    expect(reports[0]!.dateText).toBe('on Friday');
    expect(reports[0]!.date).toBeUndefined();
  });

  it('gives each report the trigger offsets, sentence and extractor version', () => {
    const text = 'Fighting went on. The Northland Army recaptured Kestrel.';
    const { reports } = only(text);
    const evidence = reports[0]!.evidence;
    expect(text.slice(evidence.start, evidence.end)).toBe('recaptured');
    expect(evidence.sentence).toBe('The Northland Army recaptured Kestrel.');
    expect(evidence.sentenceIndex).toBe(1);
    expect(evidence).toMatchObject({
      extractor: 'rules/events',
      extractorVersion: '9.9.9-test',
      articleId: 'art_test',
    });
  });

  it('merges several mentions of one event in an article into one event with several reports', () => {
    const { event, reports } = only(
      'The Northland Army recaptured Kestrel from the Red Brigade. The recapture of Kestrel was hailed in the capital.',
    );
    expect(reports.map((r) => r.trigger)).toEqual(['recaptured', 'recapture']);
    expect(reports.every((r) => r.eventId === event.id)).toBe(true);
  });
});
