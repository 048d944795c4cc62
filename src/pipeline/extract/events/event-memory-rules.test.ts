import { describe, expect, it } from 'vitest';
import { createEventMemory, resolveEventId } from './event-memory.js';
import type { EventIdentity } from './event-memory.js';
import { eventIdentity as identity } from '../../../../tests/fixtures/event-identity.js';

type Earlier = Partial<EventIdentity>;

describe('resolveEventId join rules', () => {
  it.each<[string, Earlier[], Earlier, string, string]>([
    [
      'a side-less report joins the most reported event of its type at the place',
      [
        { side: 'act_red', keyId: 'evt_red' },
        { side: 'act_blue', keyId: 'evt_blue' },
        { side: 'act_blue', keyId: 'evt_blue' },
      ],
      { side: '?', keyId: 'evt_x' },
      'evt_blue',
      'side-unknown',
    ],
    [
      'a side-less recapture never joins a capture',
      [{ side: 'act_red', type: 'CAPTURE', keyId: 'evt_capture' }],
      { side: '?', type: 'RECAPTURE', keyId: 'evt_x' },
      'evt_x',
      'key',
    ],
    [
      'a side-less capture joins the capture, not the more reported recapture',
      [
        { side: 'act_red', type: 'CAPTURE', keyId: 'evt_capture' },
        { side: 'act_blue', type: 'RECAPTURE', keyId: 'evt_re' },
        { side: 'act_blue', type: 'RECAPTURE', keyId: 'evt_re' },
      ],
      { side: '?', type: 'CAPTURE', keyId: 'evt_x' },
      'evt_capture',
      'side-unknown',
    ],
    [
      'a side-less report outside the time window of every event stays apart',
      [{ side: 'act_red', months: ['2015-05'], keyId: 'evt_red' }],
      { side: '?', months: ['2016-03'], keyId: 'evt_x' },
      'evt_x',
      'key',
    ],
    [
      'a report whose agent is the supporter of an earlier event joins it',
      [{ side: 'act_blue', allies: ['act_green'], keyId: 'evt_blue' }],
      { side: 'act_green', keyId: 'evt_green' },
      'evt_blue',
      'allied-side',
    ],
    [
      'a report backed by the side of an earlier event joins it',
      [{ side: 'act_green', keyId: 'evt_green' }],
      { side: 'act_blue', allies: ['act_green'], keyId: 'evt_blue' },
      'evt_green',
      'allied-side',
    ],
    [
      'a report with an unrelated side stays apart',
      [{ side: 'act_blue', allies: ['act_green'], keyId: 'evt_blue' }],
      { side: 'act_red', keyId: 'evt_red' },
      'evt_red',
      'key',
    ],
    [
      'a report naming a side joins the event that so far named none',
      [{ side: '?', keyId: 'evt_unnamed' }],
      { side: 'act_blue', keyId: 'evt_blue' },
      'evt_unnamed',
      'side-known',
    ],
    [
      'a report naming only backers does not join an event of another side',
      [{ side: 'act_red', keyId: 'evt_red' }],
      { side: '?', allies: ['act_green'], keyId: 'evt_x' },
      'evt_x',
      'key',
    ],
    [
      'a report naming only the loser joins the most reported event of another side',
      [
        { side: 'act_red', keyId: 'evt_red' },
        { side: 'act_blue', keyId: 'evt_blue' },
        { side: 'act_blue', keyId: 'evt_blue' },
      ],
      { side: 'against:act_red', keyId: 'evt_x' },
      'evt_blue',
      'loser-known',
    ],
    [
      'a report whose named side cannot use force joins the event of its kind at the place',
      [{ family: 'DESTRUCTION', side: 'act_red', keyId: 'evt_red' }],
      { family: 'DESTRUCTION', side: '?', sideSetAside: 'act_news_agency', keyId: 'evt_x' },
      'evt_red',
      'non-acting-side',
    ],
    [
      'a report whose named side cannot use force stays apart outside the time window',
      [{ family: 'DESTRUCTION', side: 'act_red', months: ['2015-05'], keyId: 'evt_red' }],
      { family: 'DESTRUCTION', side: '?', sideSetAside: 'act_court', months: ['2016-03'], keyId: 'evt_x' },
      'evt_x',
      'key',
    ],
    [
      'a report with no place joins the event of its side at a place its article places events at',
      [{ family: 'KILLING', side: 'act_red', keyId: 'evt_red' }],
      {
        family: 'KILLING',
        placeId: undefined,
        side: 'act_red',
        storyPlaces: ['plc_kestrel'],
        keyId: 'evt_x',
      },
      'evt_red',
      'story-place',
    ],
    [
      'a report with no place naming no side joins the acted event of the story place',
      [{ family: 'KILLING', side: 'act_red', sufferers: ['act_blue'], keyId: 'evt_red' }],
      {
        family: 'KILLING',
        placeId: undefined,
        side: '?',
        sufferers: ['act_blue'],
        storyPlaces: ['plc_kestrel'],
        keyId: 'evt_x',
      },
      'evt_red',
      'story-place',
    ],
    [
      'a report placed only by the sentences around it joins the event of the story place',
      [{ family: 'KILLING', side: 'act_red', keyId: 'evt_red' }],
      {
        family: 'KILLING',
        placeId: 'plc_marrow',
        side: '?',
        storyPlaces: ['plc_kestrel'],
        placeFromContext: true,
        keyId: 'evt_x',
      },
      'evt_red',
      'story-place',
    ],
    [
      'a report known too little to join (scoped) stays apart even from the same kind, place and side',
      [{ family: 'KILLING', side: '?', keyId: 'evt_a' }],
      { family: 'KILLING', side: '?', scoped: true, keyId: 'evt_b' },
      'evt_b',
      'key',
    ],
    [
      'a report placed by its own sentence keeps its place over the story place',
      [{ family: 'KILLING', side: 'act_red', keyId: 'evt_red' }],
      { family: 'KILLING', placeId: 'plc_marrow', side: '?', storyPlaces: ['plc_kestrel'], keyId: 'evt_x' },
      'evt_x',
      'key',
    ],
    [
      'a report with no place stays apart when its article places no event there',
      [{ family: 'KILLING', side: 'act_red', keyId: 'evt_red' }],
      { family: 'KILLING', placeId: undefined, side: 'act_red', storyPlaces: ['plc_other'], keyId: 'evt_x' },
      'evt_x',
      'key',
    ],
    [
      'a report with no place naming another side stays apart',
      [{ family: 'BOMBING', side: 'act_red', keyId: 'evt_red' }],
      {
        family: 'BOMBING',
        placeId: undefined,
        side: 'act_blue',
        storyPlaces: ['plc_kestrel'],
        keyId: 'evt_x',
      },
      'evt_x',
      'key',
    ],
    [
      'a report with no place never joins an event that named no side',
      [{ family: 'BOMBING', side: '?', keyId: 'evt_unnamed' }],
      {
        family: 'BOMBING',
        placeId: undefined,
        side: 'act_blue',
        storyPlaces: ['plc_kestrel'],
        keyId: 'evt_x',
      },
      'evt_x',
      'key',
    ],
    [
      'airstrikes with no place months apart from the story place’s airstrikes stay apart',
      [{ family: 'AIRSTRIKE', side: 'act_red', months: ['2015-10'], keyId: 'evt_red' }],
      {
        family: 'AIRSTRIKE',
        placeId: undefined,
        side: 'act_red',
        months: ['2016-03'],
        storyPlaces: ['plc_kestrel'],
        keyId: 'evt_x',
      },
      'evt_x',
      'key',
    ],
    [
      'a recapture with no place never joins the capture of the story place',
      [{ side: 'act_red', type: 'CAPTURE', months: ['2015-05'], keyId: 'evt_capture' }],
      { placeId: undefined, side: '?', type: 'RECAPTURE', storyPlaces: ['plc_kestrel'], keyId: 'evt_x' },
      'evt_x',
      'key',
    ],
    [
      'the killing of a named person never joins by the story place',
      [{ family: 'KILLING', side: 'act_red', keyId: 'evt_red' }],
      {
        family: 'KILLING',
        placeId: undefined,
        side: '',
        sufferers: ['person:a'],
        storyPlaces: ['plc_kestrel'],
        keyId: 'evt_x',
      },
      'evt_x',
      'key',
    ],
    [
      'a side-less report at another place stays apart',
      [{ side: 'act_red', keyId: 'evt_red' }],
      { side: '?', placeId: 'plc_other', keyId: 'evt_x' },
      'evt_x',
      'key',
    ],
  ])('%s', (_name, earlier, report, id, rule) => {
    const memory = createEventMemory();
    for (const e of earlier) resolveEventId(memory, identity(e));
    const resolved = resolveEventId(memory, identity(report));
    expect({ id: resolved.id, rule: resolved.rule }).toEqual({ id, rule });
  });
});
