import { describe, expect, it } from 'vitest';
import { siteKey } from './site-key.js';

describe('siteKey', () => {
  it.each([
    ['Baalshamin temple', 'Ba’al Shamin shrine'],
    ['Baalshamin temple', 'Temple of Baalshamin'],
    ['Temple of Bel', 'the Bel Temple'],
  ])('gives "%s" and "%s" one key', (a, b) => {
    expect(siteKey(a)).toBeDefined();
    expect(siteKey(a)).toBe(siteKey(b));
  });

  it.each([
    ['Temple of Bel', 'Temple of Baalshamin'],
    ['Temple of Bel', 'Tower of Bel'],
  ])('keeps "%s" and "%s" apart', (a, b) => {
    expect(siteKey(a)).not.toBe(siteKey(b));
  });

  it.each(['Arch of Triumph', 'Temple', 'the temples'])('gives "%s" no key', (name) => {
    expect(siteKey(name)).toBeUndefined();
  });
});
