import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDoc, Mention } from '../../domain.js';
import { findMentions } from './find-mentions.js';
import type { EntityApproach } from './find-mentions.js';
import { splitSentences } from './split-sentences.js';
import { loadGazetteer } from '../../knowledge/index.js';

function article(text: string): ArticleDoc {
  return { id: 'art_test', title: 'Test', text, contentHash: 'h', sourceFile: 'test.txt' };
}

function mentionsOf(text: string, approach: EntityApproach = 'rules'): Mention[] {
  const doc = article(text);
  return findMentions(doc, splitSentences(text), { approach });
}

function find(mentions: Mention[], surface: string): Mention | undefined {
  return mentions.find((m) => m.surface === surface);
}

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

  it('keeps titles and strips them from the name', () => {
    const ms = mentionsOf(
      '“It is over,” said Kremlin spokesman, Ivo Brannak. Syrian President Halim Farouk agreed.',
    );
    const ivo = find(ms, 'Ivo Brannak');
    expect(ivo?.titles).toEqual(['Kremlin spokesman']);
    expect(find(ms, 'Kremlin')?.type).toBe('GOVERNMENT_BODY');
    const halim = ms.find((m) => m.name === 'Halim Farouk');
    expect(halim?.surface).toBe('Syrian President Halim Farouk');
    expect(halim?.titles).toEqual(['Syrian President']);
  });

  it('keeps a long title written after the name', () => {
    const ms = mentionsOf('“We expected worse,” said Lina Osk, director general of antiquities in Norway.');
    expect(find(ms, 'Lina Osk')?.titles).toEqual(['director general of antiquities in Norway']);
  });

  it('records the demonym a state mention came from', () => {
    const m = find(mentionsOf('American air strikes hit the depot.'), 'American');
    expect(m?.name).toBe('United States');
    expect(m?.viaDemonym).toBe('American');
  });

  it('finds the coalition and its leader in "US-led coalition"', () => {
    const ms = mentionsOf('He criticised the US-led coalition for its slow progress.');
    expect(find(ms, 'US-led coalition')?.type).toBe('MILITARY');
    expect(find(ms, 'US')?.type).toBe('STATE');
  });

  it('types a lone surname as the person named in full earlier', () => {
    const ms = mentionsOf('Talks were led by Marta Quillon. Later Quillon left the room.');
    expect(find(ms, 'Quillon')?.type).toBe('PERSON');
  });

  it('types an acronym in brackets like the name before it', () => {
    const ms = mentionsOf('The Brennick Observatory for Coastal Studies (BOCS) counted the dead.');
    expect(find(ms, 'BOCS')?.type).toBe('ORGANISATION');
  });

  it('takes only known names from a title-case heading', () => {
    const ms = mentionsOf('Rebels Losing Ground Near Aleppo To Syrian Forces\nThe fighting went on.');
    expect(ms.map((m) => m.surface)).toEqual(['Aleppo', 'Syrian']);
  });

  it('gives exact evidence offsets into the article text', () => {
    const text =
      'Heading Line\n“We won,” said Zorvan Keltis. Russian jets hit Idlib province and the U.S. Army watched.';
    const doc = article(text);
    const sentences = splitSentences(text);
    const ms = findMentions(doc, sentences);
    expect(ms.length).toBeGreaterThan(2);
    for (const m of ms) {
      expect(text.slice(m.evidence.start, m.evidence.end)).toBe(m.surface);
      const s = sentences[m.evidence.sentenceIndex]!;
      expect(m.evidence.sentence).toBe(s.text);
      expect(m.evidence.start).toBeGreaterThanOrEqual(s.start);
      expect(m.evidence.end).toBeLessThanOrEqual(s.end);
      expect(m.evidence.extractor).toBe('rules/entities');
      expect(m.evidence.articleId).toBe('art_test');
    }
  });

  it.each<EntityApproach>(['compromise', 'wink'])('also runs with the %s candidate generator', (approach) => {
    const ms = mentionsOf('Zorvan Keltis said Russian jets struck Aleppo.', approach);
    expect(ms.some((m) => m.surface === 'Russian' && m.type === 'STATE')).toBe(true);
    expect(ms.every((m) => m.evidence.extractor === `${approach}+rules/entities`)).toBe(true);
  });
});
