import { beforeAll, describe, expect, it } from 'vitest';
import { findSurface as find, mentionsOf } from '../../../tests/fixtures/mention-runs.js';
import { loadGazetteer } from '../../knowledge/index.js';

// The GeoNames index takes a few seconds to build; build it once, outside any test's time limit.
beforeAll(() => {
  loadGazetteer();
}, 60_000);

describe('findMentions', () => {
  it.each([
    // name no list knows, typed by context
    [
      'finds and types a name no list knows (speech verb)',
      'Zorvan Keltis said the road was open.',
      'Zorvan Keltis',
      'ACTOR',
      'PERSON',
    ],
    [
      'types a person from a title before the name',
      'The talks were led by Foreign Minister Ilse Varnaby on Monday.',
      'Foreign Minister Ilse Varnaby',
      'ACTOR',
      'PERSON',
    ],
    [
      'types a person from a title after the name',
      'The plan came from Oskar Trelle, director general of the port authority.',
      'Oskar Trelle',
      'ACTOR',
      'PERSON',
    ],
    [
      'types a ministry from its head noun',
      'The Quenlish Ministry of Fisheries closed the harbour.',
      'Quenlish Ministry of Fisheries',
      'ACTOR',
      'GOVERNMENT_BODY',
    ],
    [
      'types a news outlet from its head word',
      'The Marrow Valley Herald reported the fire.',
      'Marrow Valley Herald',
      'ACTOR',
      'MEDIA',
    ],
    [
      'types a news agency',
      'Speaking to Kestan News Agency, the mayor denied it.',
      'Kestan News Agency',
      'ACTOR',
      'MEDIA',
    ],
    [
      'types an organisation from a head noun inside the name',
      'The Brennick Observatory for Coastal Studies counted the dead.',
      'Brennick Observatory for Coastal Studies',
      'ACTOR',
      'ORGANISATION',
    ],
    [
      'types a place from "city of"',
      'Rebels entered the ancient city of Tulmarra at dawn.',
      'Tulmarra',
      'PLACE',
      'CITY',
    ],
    [
      'types a province from the noun after it',
      'Fighting spread to Vellar province overnight.',
      'Vellar',
      'PLACE',
      'REGION',
    ],
    [
      'types a monument from its head noun',
      'Militants blew up the Temple of Orrin last week.',
      'Temple of Orrin',
      'PLACE',
      'SITE',
    ],
    [
      'finds a town the gazetteer knows after a preposition',
      'The delegates met in Geneva on Tuesday.',
      'Geneva',
      'PLACE',
      'CITY',
    ],
    [
      'keeps an abbreviated title with the name',
      'The claim against Gov. Ansel T. Marrow was dropped.',
      'Gov. Ansel T. Marrow',
      'ACTOR',
      'PERSON',
    ],
    [
      'joins "and" inside a company name',
      'Shares in Kellow Iron and Steel Company rose.',
      'Kellow Iron and Steel Company',
      'ACTOR',
      'COMPANY',
    ],
    [
      'reads a shouted dateline town',
      'NAIROBI (Reuters) - Talks resumed on Monday.',
      'NAIROBI',
      'PLACE',
      'CITY',
    ],
    [
      'types an unknown acronym as an organisation',
      'The rules were set by the KPLA last year.',
      'KPLA',
      'ACTOR',
      'ORGANISATION',
    ],
    // known names
    [
      'finds a known armed group by alias',
      'Daesh fighters withdrew overnight.',
      'Daesh',
      'ACTOR',
      'ARMED_GROUP',
    ],
    ['types a country that acts as a state', 'Russia has sent more jets.', 'Russia', 'ACTOR', 'STATE'],
    [
      'types a country that is a location as a place',
      'Many families fled from Syria last year.',
      'Syria',
      'PLACE',
      'COUNTRY',
    ],
    [
      'types a possessive country with a war as a place',
      'During Syria’s civil war the town changed hands.',
      'Syria',
      'PLACE',
      'COUNTRY',
    ],
    ['types a known region', 'Oil prices rose across the Middle East.', 'Middle East', 'PLACE', 'REGION'],
    // nationality words
    [
      'ties Russian airstrikes to Russia',
      'The town fell after Russian airstrikes.',
      'Russian',
      'ACTOR',
      'STATE',
    ],
    ['ties generic forces to the state', 'Syrian forces entered the town.', 'Syrian', 'ACTOR', 'STATE'],
    [
      'makes "army" a named institution',
      'The Syrian army entered the town.',
      'Syrian army',
      'ACTOR',
      'MILITARY',
    ],
    [
      'makes a nationality ministry a government body',
      'According to the Russian Defense Ministry, 40 sorties were flown.',
      'Russian Defense Ministry',
      'ACTOR',
      'GOVERNMENT_BODY',
    ],
    [
      'ties a hyphenated country to the state',
      'A ceasefire between U.S.-backed rebels and the army held.',
      'U.S.',
      'ACTOR',
      'STATE',
    ],
  ])('%s', (_name, text, surface, kind, type) => {
    const m = find(mentionsOf(text), surface);
    expect(
      m,
      `no mention "${surface}" in: ${mentionsOf(text)
        .map((x) => x.surface)
        .join(', ')}`,
    ).toBeDefined();
    expect(m?.kind).toBe(kind);
    expect(m?.type).toBe(type);
  });

  it.each([
    ['a nationality inside a title', 'Syrian President Halim Farouk praised the troops.', 'Syrian'],
    ['a nationality describing a group', 'The Lebanese Shiite militia Hezbollah helped.', 'Lebanese'],
    ['a nationality describing a landscape', 'They crossed the Syrian desert.', 'Syrian'],
    ['day and month names', 'On Friday in March the talks resumed.', 'Friday'],
    ['a sentence opener', 'Meanwhile the talks resumed.', 'Meanwhile'],
    ['two countries joined by "and"', 'Fighting spread across Iraq and Syria.', 'Iraq and Syria'],
    ['a title with an adjective in front', 'The band won Original Song Award.', 'Original Song Award'],
    ['a surname-like village without a place cue', 'The deal was signed by Reynolds yesterday.', 'Reynolds'],
  ])('does not take %s for a mention', (_name, text, surface) => {
    expect(find(mentionsOf(text), surface)).toBeUndefined();
  });
});
