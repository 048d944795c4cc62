import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../domain.js';
import { findMentions } from '../extract/find-mentions.js';
import { splitSentences } from '../extract/split-sentences.js';
import { actorId, placeId, slugify } from './ids.js';
import { createResolveState, initialsOf, resolveArticle } from './index.js';
import type { ResolveState, ResolvedArticle } from './index.js';
import { loadGazetteer } from '../../knowledge/index.js';

function resolveText(
  text: string,
  state: ResolveState = createResolveState(),
  id = 'art_test',
): ResolvedArticle {
  const article: ArticleDoc = { id, title: 'Test', text, contentHash: 'h', sourceFile: `${id}.txt` };
  const mentions = findMentions(article, splitSentences(text));
  return resolveArticle(article, mentions, { state, extractorVersion: '9.9.9', extractor: 'rules/entities' });
}

function linksTo(result: ResolvedArticle, surface: string): { entityId: string; rule: string } | undefined {
  return result.mentions.find((m) => m.surface === surface);
}

// The GeoNames index takes a few seconds to build; build it once, outside any test's time limit.
beforeAll(() => {
  loadGazetteer();
}, 60_000);

describe('resolveArticle', () => {
  it.each([
    [
      'merges ISIL and Daesh into one actor',
      'ISIL fighters fled. Daesh lost the town. Islamic State denied it.',
      ['ISIL', 'Daesh', 'Islamic State'],
      'act_islamic_state',
    ],
    [
      'ties Russian airstrikes to Russia',
      'The town fell after Russian airstrikes. Russia said the raids worked.',
      ['Russian', 'Russia'],
      'act_russia',
    ],
    [
      'resolves "U.S." and "American" to the United States',
      'U.S. officials met. American jets struck the depot.',
      ['U.S.', 'American'],
      'act_united_states',
    ],
    [
      'links a surname to the person named in full',
      'Talks were led by Marta Quillon. Later Quillon left the room.',
      ['Marta Quillon', 'Quillon'],
      'act_marta_quillon',
    ],
    [
      'links a surname without its "al-" to the full name',
      'President Halim al-Farouk spoke. Farouk later left.',
      ['President Halim al-Farouk', 'Farouk'],
      'act_halim_al_farouk',
    ],
    [
      'links a bracketed acronym to its organisation',
      'The Brennick Observatory for Coastal Studies (BOCS) counted 40 dead. BOCS said more died.',
      ['Brennick Observatory for Coastal Studies', 'BOCS'],
      'act_brennick_observatory_for_coastal_studies',
    ],
  ])('%s', (_name, text, surfaces, id) => {
    const result = resolveText(text);
    for (const surface of surfaces) expect(linksTo(result, surface)?.entityId, surface).toBe(id);
    expect(result.actors.filter((a) => a.id === id)).toHaveLength(1);
  });

  it('gives an acronym spelled out in the article the type of its full name, however often it recurs', () => {
    const result = resolveText(
      'The head of the Child Support Agency resigned. The CSA was criticised. The CSA lost files. The CSA apologised.',
    );
    expect(result.actors.find((a) => a.id === 'act_child_support_agency')?.type).toBe('GOVERNMENT_BODY');
  });

  it.each([
    ['ISIL', 'alias-table'],
    ['Russian', 'demonym'],
    ['Quillon', 'surname'],
    ['BOCS', 'acronym'],
    ['Marta Quillon', 'exact'],
  ])('records the rule that resolved "%s" (%s)', (surface, rule) => {
    const result = resolveText(
      'ISIL fighters fled after Russian airstrikes. Marta Quillon of the Brennick Observatory for Coastal Studies (BOCS) said so. Quillon left.',
    );
    expect(linksTo(result, surface)?.rule).toBe(rule);
  });

  it.each([
    [
      'links a ministry to its state',
      'The Russian Defense Ministry said 40 sorties were flown.',
      'act_russian_defense_ministry',
      'act_russia',
    ],
    [
      'links a national army to its state',
      'The Syrian army entered the town.',
      'act_syrian_army',
      'act_syria',
    ],
    [
      'links an army named by its country to the state',
      'The United States army struck 23 targets.',
      'act_united_states_army',
      'act_united_states',
    ],
    [
      'links a known government body to its state',
      'Russia agreed, the Kremlin said.',
      'act_kremlin',
      'act_russia',
    ],
  ])('%s', (_name, text, childId, parentId) => {
    const result = resolveText(text);
    const child = result.actors.find((a) => a.id === childId);
    expect(child?.partOf).toBe(parentId);
    expect(result.actors.some((a) => a.id === parentId && a.type === 'STATE')).toBe(true);
  });

  it('gives the same id to the same entity in two articles', () => {
    const state = createResolveState();
    const first = resolveText('Marta Quillon met ISIS envoys in Geneva.', state, 'a1');
    const second = resolveText('Daesh said Marta Quillon was still in Geneva.', state, 'a2');
    for (const id of ['act_marta_quillon', 'act_islamic_state', 'plc_geneva']) {
      expect(
        [...first.actors, ...first.places].some((e) => e.id === id),
        id,
      ).toBe(true);
      expect(
        [...second.actors, ...second.places].some((e) => e.id === id),
        id,
      ).toBe(true);
    }
  });

  it('resolves a surname to a person named in an earlier article, when unambiguous', () => {
    const state = createResolveState();
    resolveText('Talks were led by Marta Quillon on Monday.', state, 'a1');
    const later = resolveText('On Friday Quillon said the talks had failed.', state, 'a2');
    expect(linksTo(later, 'Quillon')).toEqual(
      expect.objectContaining({ entityId: 'act_marta_quillon', rule: 'surname-earlier-article' }),
    );
  });

  it('does not resolve a surname shared by two people seen earlier', () => {
    const state = createResolveState();
    resolveText('Marta Quillon said so.', state, 'a1');
    resolveText('Piet Quillon said so.', state, 'a2');
    const later = resolveText('On Friday Quillon said the talks had failed.', state, 'a3');
    expect(linksTo(later, 'Quillon')?.entityId).toBe('act_quillon');
  });

  it('gives a town coordinates and its country from the gazetteer, through an alternate name', () => {
    const result = resolveText('Fighting went on in Palmyra, in Syria.');
    const town = result.places.find((p) => p.id === 'plc_palmyra');
    expect(town).toMatchObject({ type: 'CITY', countryCode: 'SY', locatedIn: 'plc_syria' });
    expect(town?.aliases).toContain('Tadmur');
    expect(town?.latitude).toBeCloseTo(34.56, 1);
    expect(town?.longitude).toBeCloseTo(38.28, 1);
  });

  it('resolves a misspelt town to the town of a country the article names', () => {
    const result = resolveText('Daesh captured the ruins of Palymra, in Syria, in May 2015.');
    // Tadmur is GeoNames' name of Palmyra; an article or run that names Palmyra keeps that name.
    expect(linksTo(result, 'Palymra')).toMatchObject({ entityId: 'plc_tadmur', rule: 'near-spelling' });
    expect(result.places.find((p) => p.id === 'plc_tadmur')).toMatchObject({
      type: 'CITY',
      countryCode: 'SY',
    });
  });

  it('gives a misspelt town the spelling the article uses elsewhere', () => {
    const result = resolveText(
      'Daesh captured the ruins of Palymra in May 2015. Troops entered the town of Palmyra.',
    );
    expect(linksTo(result, 'Palymra')?.entityId).toBe('plc_palmyra');
    expect(result.places.filter((p) => p.type === 'CITY')).toHaveLength(1);
  });

  it('resolves a misspelt town to the town an earlier article named', () => {
    const state = createResolveState();
    resolveText('Fighting went on in Palmyra, in Syria.', state, 'a1');
    const later = resolveText('Troops entered the town of Palymra on Sunday.', state, 'a2');
    expect(linksTo(later, 'Palymra')?.entityId).toBe('plc_palmyra');
  });

  it.each([
    [
      'a town of a country the story does not name',
      'Troops entered the town of Alepop on Sunday.',
      'Alepop',
      'plc_alepop',
    ],
    ['a short name', 'Troops entered the town of Hmos on Sunday, in Syria.', 'Hmos', 'plc_hmos'],
  ])(
    'keeps a name that matches nothing as written when the slip would lead to %s',
    (_why, text, surface, id) => {
      expect(linksTo(resolveText(text), surface)?.entityId).toBe(id);
    },
  );

  it('gives one place to two spellings of one temple in an article', () => {
    const result = resolveText(
      'Militants blew up the Temple of Baalshamin. The Ba’al Shamin shrine was in ruins.',
    );
    expect(linksTo(result, 'Ba’al Shamin shrine')).toMatchObject({
      entityId: 'plc_site_baalshamin',
      rule: 'site-key',
    });
    expect(result.places.filter((p) => p.type === 'SITE')).toHaveLength(1);
  });

  it('gives two spellings of one temple in two articles, read in either order, one place', () => {
    const a = 'IS demolished Baalshamin temple in August.';
    const b = 'Daesh militants also demolished Ba’al Shamin shrine.';
    for (const [first, second] of [
      [a, b],
      [b, a],
    ] as const) {
      const state = createResolveState();
      const one = resolveText(first, state, 'a1').places.find((p) => p.type === 'SITE');
      const two = resolveText(second, state, 'a2').places.find((p) => p.type === 'SITE');
      expect(two?.id).toBe(one?.id);
    }
    expect(resolveText(a).places.find((p) => p.type === 'SITE')?.id).toBe('plc_site_baalshamin');
  });

  it('keeps two temples of one town apart', () => {
    const result = resolveText('Militants blew up the Temple of Baalshamin and the Temple of Bel.');
    expect(result.places.filter((p) => p.type === 'SITE').map((p) => p.id)).toEqual([
      'plc_site_baalshamin',
      'plc_site_bel',
    ]);
  });

  it.each([
    [
      'a town in the same sentence',
      'Fighting went on in Palmyra. Militants blew up the Temple of Orrin near Aleppo.',
      'plc_aleppo',
    ],
    [
      'the article’s main town',
      'Fighting went on in Palmyra. Troops left Palmyra. Militants blew up the Temple of Orrin.',
      'plc_palmyra',
    ],
  ])('places a site in %s', (_name, text, town) => {
    const site = resolveText(text).places.find((p) => p.id === 'plc_site_orrin');
    expect(site?.locatedIn).toBe(town);
  });

  it('gives a country its centroid and code', () => {
    const place = resolveText('Many families fled from Iraq.').places.find((p) => p.id === 'plc_iraq');
    expect(place).toMatchObject({ type: 'COUNTRY', countryCode: 'IQ' });
    expect(place?.latitude).toBeTypeOf('number');
  });

  it('keeps a state and its territory apart when a country both acts and is a place', () => {
    const result = resolveText('Russia has sent jets. Families fled from Russia.');
    expect(result.actors.some((a) => a.id === 'act_russia')).toBe(true);
    expect(result.places.some((p) => p.id === 'plc_russia')).toBe(true);
  });

  it('carries extractor, version and the best confidence on every entity', () => {
    const result = resolveText('Russian jets struck. Marta Quillon said so in Geneva.');
    for (const entity of [...result.actors, ...result.places]) {
      expect(entity.extractorVersion).toBe('9.9.9');
      expect(entity.extractor).toBe('rules/entities');
      expect(entity.confidence).toBeGreaterThan(0);
      expect(entity.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('returns the mentions with their entity ids for event and claim extraction', () => {
    const result = resolveText('Russian jets struck. Marta Quillon said so.');
    expect(result.resolved.map((m) => [m.surface, m.entityId])).toEqual([
      ['Russian', 'act_russia'],
      ['Marta Quillon', 'act_marta_quillon'],
    ]);
  });
});

describe('ids', () => {
  it.each([
    ['Bashar al-Assad', 'bashar_al_assad'],
    ['Genève', 'geneve'],
    ["People's Protection Units", 'peoples_protection_units'],
    ['  ', 'unnamed'],
  ])('slugifies "%s" as "%s"', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('prefixes actor and place ids by kind', () => {
    expect(actorId('Syria')).toBe('act_syria');
    expect(placeId('Syria')).toBe('plc_syria');
  });

  it.each([
    ['Syrian Observatory for Human Rights', 'SOHR'],
    ['Syrian Arab News Agency', 'SANA'],
    ['Organisation for the Prohibition of Chemical Weapons', 'OPCW'],
  ])('takes the initials of "%s" as %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('resolveArticle merges of one person written differently', () => {
  it.each([
    [
      'merges "Mr Blair" and "Blair" into the Tony Blair named in full',
      'Tony Blair spoke first. Mr Blair then left, and Blair did not return.',
      ['Blair'],
      'act_tony_blair',
      'surname',
    ],
    [
      'merges two transliterations of one full name',
      'Muammar Qadhafi spoke on television. Later Moammar Gaddafi left Tripoli.',
      ['Moammar Gaddafi'],
      'act_muammar_qadhafi',
      'transliteration',
    ],
    [
      'merges a surname spelled another way into the full name',
      'Muammar Qadhafi spoke on television. Later Gaddafi left Tripoli.',
      ['Gaddafi'],
      'act_muammar_qadhafi',
      'surname-transliteration',
    ],
  ])('%s', (_name, text, surfaces, id, rule) => {
    const result = resolveText(text);
    for (const surface of surfaces) expect(linksTo(result, surface)).toMatchObject({ entityId: id, rule });
  });

  it('merges a spelling variant with the person named in an earlier article', () => {
    const state = createResolveState();
    resolveText('Mohammed ElBaradei spoke in Vienna on Monday.', state, 'art_one');
    const second = resolveText('Muhammad al-Baradei spoke again on Tuesday.', state, 'art_two');
    expect(linksTo(second, 'Muhammad al-Baradei')).toMatchObject({
      entityId: 'act_mohammed_elbaradei',
      rule: 'transliteration-earlier-article',
    });
  });

  it('never merges two people who share a surname', () => {
    const result = resolveText('Ed Miliband met David Miliband. Miliband said nothing.');
    expect(linksTo(result, 'Ed Miliband')?.entityId).not.toBe(linksTo(result, 'David Miliband')?.entityId);
    const people = [linksTo(result, 'Ed Miliband')?.entityId, linksTo(result, 'David Miliband')?.entityId];
    expect(people).not.toContain(linksTo(result, 'Miliband')?.entityId);
  });
});
