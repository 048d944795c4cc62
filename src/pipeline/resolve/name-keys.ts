import { loadWordLists, spellingKey } from '../../knowledge/index.js';

/** An acronym as written: two to six capitals ("SOHR"). */
export const ACRONYM = /^[A-Z]{2,6}$/;
/** Words an acronym leaves out (`src/knowledge/data/name-words.json`). */
const INITIAL_SKIP = loadWordLists().name.initialsSkipWords;
/** "al-" of "al-Assad" (`src/knowledge/data/name-words.json`). */
const SURNAME_PREFIX = loadWordLists().name.surnamePrefix;

/** Initials of the significant words of a name ("Syrian Observatory for Human Rights" → "SOHR"). */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !INITIAL_SKIP.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** The name without a leading "the" ("the Kremlin" → "Kremlin"). */
export function stripArticle(name: string): string {
  return name.replace(/^(?:the|The|THE)\s+/, '');
}

/** Surname keys of a full personal name: last word, without an "al-" prefix, and its transliteration key ("~kadafi"). */
export function surnameKeys(name: string): string[] {
  const parts = name.split(/\s+/);
  if (parts.length < 2) return [];
  const last = parts[parts.length - 1]!;
  const bare = last.replace(SURNAME_PREFIX, '');
  return [...new Set([last, bare, spellingSurnameKey(last)])];
}

/** The key under which a surname meets its other transliterations ('Qadhafi' and 'Gaddafi'). */
export function spellingSurnameKey(surname: string): string {
  return `~${spellingKey(surname)}`;
}
