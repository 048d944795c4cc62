import { beforeAll, describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions.js';
import type { EntityApproach } from './find-mentions.js';
import { splitSentences } from './split-sentences.js';
import { loadGazetteer } from '../../knowledge/index.js';
import {
  findSurface as find,
  mentionsOf,
  testArticle as article,
} from '../../../tests/fixtures/mention-runs.js';

// The GeoNames index takes a few seconds to build; build it once, outside any test's time limit.
beforeAll(() => {
  loadGazetteer();
}, 60_000);

describe('findMentions: titles, demonyms and evidence', () => {
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
