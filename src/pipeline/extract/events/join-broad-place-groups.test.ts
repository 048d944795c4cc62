import { describe, expect, it } from 'vitest';
import type { EventKey } from './event-identity.js';
import { joinBroadPlaceGroups, liesIn } from './join-broad-place-groups.js';
import type { MentionSpec } from '../../../../tests/fixtures/mention-group.js';
import { TEST_PLACES, groups, mention } from '../../../../tests/fixtures/mention-group.js';

const named: EventKey = { family: 'KILLING', side: '', sufferers: ['person:lina brant'] };
const vague: EventKey = { family: 'KILLING', placeId: 'plc_southmark', side: '?', scope: 'art_a' };

describe('joinBroadPlaceGroups', () => {
  it.each<[string, EventKey, MentionSpec, [string, EventKey, MentionSpec][], string[]]>([
    [
      'a sideless killing in the country joins the one killing of the article placed in its city',
      vague,
      { place: 'plc_southmark' },
      [['named', named, { place: 'plc_wren' }]],
      ['named'],
    ],
    [
      'a report with a figure is a tally of its own and stays',
      vague,
      { place: 'plc_southmark', counts: [135] },
      [['named', named, { place: 'plc_wren' }]],
      ['named', 'broad'],
    ],
    [
      'with two other killings in the article it stays',
      vague,
      { place: 'plc_southmark' },
      [
        ['named', named, { place: 'plc_wren' }],
        ['other', { family: 'KILLING', placeId: 'plc_ashby', side: 'act_red' }, { place: 'plc_ashby' }],
      ],
      ['named', 'other', 'broad'],
    ],
    [
      'the other killing placed in another country keeps it apart',
      vague,
      { place: 'plc_southmark' },
      [['named', named, { place: 'plc_tarn' }]],
      ['named', 'broad'],
    ],
    [
      'a report naming an acting side stays',
      { ...vague, side: 'act_red' },
      { place: 'plc_southmark' },
      [['named', named, { place: 'plc_wren' }]],
      ['named', 'broad'],
    ],
    [
      'an event of another family in the city does not take it',
      vague,
      { place: 'plc_southmark' },
      [['strike', { family: 'AIRSTRIKE', placeId: 'plc_wren', side: 'act_red' }, { place: 'plc_wren' }]],
      ['strike', 'broad'],
    ],
  ])('%s', (_name, key, spec, others, left) => {
    const all = groups(
      ...others.map(([n, k, s]) => [n, k, [mention(s)]] as [string, EventKey, ReturnType<typeof mention>[]]),
      ['broad', key, [mention(spec)]],
    );
    joinBroadPlaceGroups(all, TEST_PLACES);
    expect([...all.keys()]).toEqual(left);
    if (!left.includes('broad')) expect(all.get(left[0]!)!.members).toHaveLength(2);
  });

  it.each([
    ['plc_wren', 'plc_southmark', true],
    ['plc_southmark', 'plc_southmark', true],
    ['plc_southmark', 'plc_wren', false],
    ['plc_tarn', 'plc_southmark', false],
  ])('liesIn(%s, %s) is %s', (inner, outer, expected) => {
    expect(liesIn(inner, outer, TEST_PLACES)).toBe(expected);
  });
});
