import type { Mention } from '../../domain.js';
import type { Knowledge } from '../../knowledge/index.js';

/**
 * A person's name without the titles written before it: "Mr Straw" → "Straw", "Dr Jane Doe" →
 * "Jane Doe", so that "Mr Straw", "Straw" and "Jack Straw" meet under one surname. Titles come from
 * `data/person-titles.json`; a name that is only a title is kept as it is.
 */
export function withoutTitles(name: string, knowledge: Knowledge): string {
  const words = name.split(/\s+/);
  let from = 0;
  while (from < words.length - 1) {
    const lower = words[from]!.toLowerCase().replace(/\.$/, '');
    if (!knowledge.titleAbbreviations.has(lower) && !knowledge.titles.has(lower)) break;
    from += 1;
  }
  return from === 0 ? name : words.slice(from).join(' ');
}

/** The mention with a person's name stripped of leading titles (the stripped words join its titles). */
export function stripPersonTitles(m: Mention, knowledge: Knowledge): Mention {
  if (m.kind !== 'ACTOR' || m.type !== 'PERSON') return m;
  const name = withoutTitles(m.name, knowledge);
  if (name === m.name) return m;
  const title = m.name.slice(0, m.name.length - name.length).trim();
  return { ...m, name, titles: m.titles.includes(title) ? m.titles : [...m.titles, title] };
}
