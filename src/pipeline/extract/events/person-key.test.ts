import { describe, expect, it } from 'vitest';
import { personKey } from './person-key.js';

describe('personKey', () => {
  it.each([
    ['Khaled al-Asaad', 'Khalid Asaad'],
    ['Khaled al-Asaad', 'Khaled al-Assa’ad'],
    ['Muammar Qadhafi', 'Moammar Gaddafi'],
  ])('gives %s and %s one key', (a, b) => {
    expect(personKey(a)).toBe(personKey(b));
  });

  it.each([
    ['Khaled al-Asaad', 'Riad al-Asaad'],
    ['Alexander Prokhorenko', 'Alexander Dvornikov'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(personKey(a)).not.toBe(personKey(b));
  });
});
