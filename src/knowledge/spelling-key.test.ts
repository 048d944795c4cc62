import { describe, expect, it } from 'vitest';
import { spellingKey } from './spelling-key.js';

describe('spellingKey', () => {
  it.each([
    ['Muammar Qadhafi', 'Moammar Gaddafi'],
    ['Muammar Gaddafi', 'Muammar al-Qaddafi'],
    ['Mohammed ElBaradei', 'Muhammad al-Baradei'],
    ['Mohamed Morsi', 'Muhammad Mursi'],
    ['Osama bin Laden', 'Usama bin Ladin'],
    ['Mikhail Khodorkovsky', 'Mikhail Khodorkovskii'],
  ])('gives %j and %j one key', (a, b) => {
    expect(spellingKey(a)).toBe(spellingKey(b));
  });

  it.each([
    ['Tony Blair', 'Tony Blears'],
    ['Ed Miliband', 'David Miliband'],
    ['Bashar al-Assad', 'Hafez al-Assad'],
    ['Serena Williams', 'Venus Williams'],
    ['John Smith', 'Joan Smith'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(spellingKey(a)).not.toBe(spellingKey(b));
  });
});
