import data from './data/site-kind-words.json' with { type: 'json' };

const KIND_WORDS = new Set(data.kindWords);
const CONNECTORS = new Set(data.connectors);

/**
 * The key under which spellings of one place of worship meet ('Baalshamin temple', 'Ba’al Shamin
 * shrine' and 'Temple of Baalshamin' → 'baalshamin'): accents, apostrophes, hyphens and spaces
 * dropped, the interchangeable head nouns of `data/site-kind-words.json` and the connectors left
 * out. Undefined for a name with no such head noun (a tower, a gate, an arch) or with nothing else
 * in it: those keep their own names.
 */
export function siteKey(name: string): string | undefined {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’ʼʿ`‘]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  if (!words.some((w) => KIND_WORDS.has(w))) return undefined;
  const key = words.filter((w) => !KIND_WORDS.has(w) && !CONNECTORS.has(w)).join('');
  return key.length >= 2 ? key : undefined;
}
