import { describe, expect, it } from 'vitest';
import newsData from '../../../knowledge/data/event-triggers-news.json' with { type: 'json' };
import triggerData from '../../../knowledge/data/event-triggers.json' with { type: 'json' };
import { asType, triggerEntries } from './trigger-entries.js';

describe('triggerEntries', () => {
  const index = triggerEntries(triggerData, newsData);

  it('indexes every entry by its first word, longest phrase first', () => {
    for (const list of index.values()) {
      const lengths = list.map((e) => e.words.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    }
  });

  it('inflects news lemmas and keeps military forms as written', () => {
    const forms = [...index.values()].flat();
    expect(forms.some((e) => e.requires === 'legacy')).toBe(true);
    expect(forms.some((e) => e.requires !== 'legacy' && e.words.join(' ').endsWith('ing'))).toBe(true);
  });

  it('rejects an unknown event type', () => {
    expect(() => asType('PICNIC')).toThrow(/unknown event type/);
  });
});
