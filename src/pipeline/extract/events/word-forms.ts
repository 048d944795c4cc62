import grammar from '../../../knowledge/data/event-grammar-words.json' with { type: 'json' };

/** The regular forms of an English verb lemma: base, -s, -ed, -ing ('acquire' → acquires, acquired, acquiring). */
export function inflectVerb(lemma: string): string[] {
  if (/e$/.test(lemma)) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(lemma))
    return [lemma, `${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) return [lemma, `${lemma}es`, `${lemma}ed`, `${lemma}ing`];
  return [lemma, `${lemma}s`, `${lemma}ed`, `${lemma}ing`];
}

/** The regular plural of a noun phrase's last word ('job loss' → 'job losses'). */
export function pluralOf(phrase: string): string {
  const words = phrase.split(' ');
  const last = words.pop()!;
  const plural = /(?:s|sh|ch|x|z)$/.test(last)
    ? `${last}es`
    : /[^aeiou]y$/.test(last)
      ? `${last.slice(0, -1)}ies`
      : `${last}s`;
  return [...words, plural].join(' ');
}

/** Irregular past participles of trigger verbs (`data/event-grammar-words.json`). */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(grammar.irregularParticiples);

/** Whether a verb form can be a past participle (regular -ed/-en, or an irregular one). */
export function isParticiple(form: string): boolean {
  return /(?:ed|en)$/.test(form) || IRREGULAR_PARTICIPLES.has(form);
}
