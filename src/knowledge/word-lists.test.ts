import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimSpeech, speakerVerbs } from './speech-verbs.js';
import { loadWordLists } from './word-lists.js';

const DATA = new URL('./data/', import.meta.url);
const files = readdirSync(DATA).filter((f) => f.endsWith('.json'));

describe('knowledge data files', () => {
  it.each(files)('%s says where its words came from', (file) => {
    const data = JSON.parse(readFileSync(new URL(file, DATA), 'utf8')) as { _source?: unknown };
    expect(typeof data._source === 'string' && data._source.length > 20).toBe(true);
  });
});

describe('loadWordLists', () => {
  const lists = loadWordLists();
  it.each([
    ['an abbreviation that never ends a sentence', lists.sentence.neverFinalAbbreviations, 'dr'],
    ['a political title that never ends a sentence', lists.sentence.neverFinalAbbreviations, 'sen'],
    ['a sentence opener', lists.sentence.sentenceOpeners, 'however'],
    ['a typographic closing quote', lists.sentence.closingMarks, '\u201D'],
    ['a name particle', lists.name.nameConnectors, 'von'],
    ['a word acronyms skip', lists.name.initialsSkipWords, 'for'],
    ['a given-name tag', lists.wordClassTags.givenName, 'FemaleName'],
  ])('knows %s', (_label, set, word) => {
    expect(set.has(word)).toBe(true);
  });

  it('keeps words out of the lists they do not belong to', () => {
    expect(lists.sentence.sentenceOpeners.has('officially')).toBe(false);
    expect(lists.name.nameConnectors.has('and')).toBe(false);
  });
});

describe('speech verbs', () => {
  const speech = claimSpeech();
  it.each([
    ['"said" signals a statement and may omit "that"', 'said', 'STATEMENT', true, false],
    ['"ruled" reports speech only with "that"', 'ruled', 'STATEMENT', false, true],
    ['"denied" signals a denial', 'denied', 'DENIAL', false, false],
  ])('%s', (_label, verb, kind, mayOmitThat, onlyWithThat) => {
    expect(speech.verbs[kind]).toContain(verb);
    expect(speech.clauseVerbs.includes(verb)).toBe(mayOmitThat);
    expect(speech.thatOnlyVerbs.includes(verb)).toBe(onlyWithThat);
  });

  it('gives the entity typing speaker verbs from the same table, kinds or not', () => {
    const speakers = speakerVerbs();
    expect(speakers.has('said')).toBe(true);
    expect(speakers.has('asked')).toBe(true);
    expect(Object.values(speech.verbs).flat()).not.toContain('asked');
    expect(speakers.has('rejected')).toBe(false);
  });
});

describe('name particles', () => {
  const { name } = loadWordLists();
  it.each([
    ['an Arabic article joined to a name', name.particlePrefix, 'al-Assad', true],
    ['a French particle', name.particlePrefix, "d'Estaing", true],
    ['a particle before a lower-case word', name.particlePrefix, 'al-qaeda', false],
    ['a surname prefix in capitals', name.surnamePrefix, 'Al-Kelder', true],
    ['a particle the tagger split off', name.joiningParticle, 'von', true],
    ['a word that only starts like one', name.joiningParticle, 'vonda', false],
  ])('%s', (_label, pattern, text, expected) => {
    expect(pattern.test(text)).toBe(expected);
  });
});
