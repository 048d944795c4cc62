import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../domain.js';
import type { EventKey } from './event-identity.js';
import { joinDescribedVictims } from './join-described-victims.js';
import type { MentionSpec } from '../../../../tests/fixtures/mention-group.js';
import { TEST_PLACES, groups, mention } from '../../../../tests/fixtures/mention-group.js';

const actors: ReadonlyMap<string, Actor> = new Map();
const named: EventKey = { family: 'KILLING', side: '', sufferers: ['person:lina brant'] };
const described: EventKey = { family: 'KILLING', placeId: 'plc_wren', side: 'act_red' };

describe('joinDescribedVictims', () => {
  it.each<[string, MentionSpec, EventKey, MentionSpec, [string, EventKey, MentionSpec][], string[]]>([
    [
      'a killing of an undescribed victim joins the one named killing, its place known only from around it',
      { place: 'plc_tarn', placeTie: 'context' },
      described,
      { place: 'plc_wren' },
      [],
      ['named'],
    ],
    ['a figure of one is no tally', {}, described, { place: 'plc_wren', counts: [1] }, [], ['named']],
    [
      'places in nested places do not conflict',
      { place: 'plc_southmark' },
      described,
      { place: 'plc_wren' },
      [],
      ['named'],
    ],
    [
      'a figure above one tells other victims',
      {},
      described,
      { place: 'plc_wren', counts: [20] },
      [],
      ['named', 'described'],
    ],
    [
      'a plural noun (public executions) tells many killings',
      {},
      described,
      { place: 'plc_wren', nominal: true },
      [],
      ['named', 'described'],
    ],
    [
      'places that each report ties by its own sentence and that do not nest conflict',
      { place: 'plc_tarn' },
      described,
      { place: 'plc_wren' },
      [],
      ['named', 'described'],
    ],
    [
      'another side named for the named killing conflicts',
      { agents: ['act_blue'] },
      described,
      { place: 'plc_wren', agents: ['act_red'] },
      [],
      ['named', 'described'],
    ],
    [
      'a third killing in the article keeps them apart',
      {},
      described,
      { place: 'plc_wren' },
      [['third', { family: 'KILLING', placeId: 'plc_ashby', side: '?' }, { place: 'plc_ashby' }]],
      ['named', 'third', 'described'],
    ],
  ])('%s', (_name, namedSpec, key, spec, others, left) => {
    const all = groups(
      ['named', named, [mention(namedSpec)]],
      ...others.map(([n, k, s]) => [n, k, [mention(s)]] as [string, EventKey, ReturnType<typeof mention>[]]),
      ['described', key, [mention(spec)]],
    );
    joinDescribedVictims(all, actors, TEST_PLACES);
    expect([...all.keys()]).toEqual(left);
  });
});
