import { describe, expect, it } from 'vitest';
import { initialsOf, spellingSurnameKey, stripArticle, surnameKeys } from './name-keys.js';

describe('name keys', () => {
  it.each([
    ['Council for Harbour Safety', 'CHS'],
    ['Union of Coastal Towns', 'UCT'],
  ])('takes the initials of "%s" as %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });

  it.each([
    ['the Senate', 'Senate'],
    ['The Treasury', 'Treasury'],
    ['Theodore Price', 'Theodore Price'],
  ])('strips a leading article from "%s"', (name, bare) => {
    expect(stripArticle(name)).toBe(bare);
  });

  it('keys a full name by its surname, its "al-"-less surname and its spelling key', () => {
    expect(surnameKeys('Halim al-Farouk')).toEqual(
      expect.arrayContaining(['al-Farouk', 'Farouk', spellingSurnameKey('al-Farouk')]),
    );
  });

  it('gives a one-word name no surname key', () => {
    expect(surnameKeys('Farouk')).toEqual([]);
  });

  it('gives two transliterations of one surname the same spelling key', () => {
    expect(spellingSurnameKey('Qadhafi')).toBe(spellingSurnameKey('Gaddafi'));
  });
});
