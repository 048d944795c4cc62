import connectors from '../../../knowledge/data/typing-connectors.json' with { type: 'json' };
import type { Knowledge } from '../../../knowledge/index.js';
import { wordClass } from '../word-classes.js';

const INDEFINITE_ARTICLES = new Set(connectors.indefiniteArticles);

/**
 * True when the article writes the words an acronym abbreviates in lower case, so it names a thing
 * or an idea: "foreign direct investment" … "FDI".
 */
function spelledInLowerCase(text: string, acronym: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^\p{Ll}]/gu, '');
  if (letters.length < 2 || letters.length > 5) return false;
  const words = [...letters].map((l) => `${l}\\p{Ll}+`).join('[\\s-]+');
  return new RegExp(`(?<![\\p{L}])${words}(?![\\p{L}])`, 'u').test(text);
}

/**
 * True when an unknown acronym is used as the name of a thing rather than of an actor somewhere in
 * the article, and never as an actor: as a modifier before a common noun ("RFID tags", "the VAT
 * system"), after "a" ("hidden in a BMP"), or glossed in lower case ("RFID, or radio frequency
 * identification"), or spelled out in lower case ("foreign direct investment"). A speech or action verb after any of its mentions ("BTL said", "BTL has") keeps it.
 */
export function usedAsThing(text: string, acronym: string, knowledge: Knowledge): boolean {
  const escaped = acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(
    `(\\S+\\s+)?\\b${escaped}\\b(?:(,\\s+or\\s+)|\\s+)?([\\p{Ll}][\\p{Ll}-]*)?`,
    'gu',
  );
  let thing = false;
  for (const match of text.matchAll(pattern)) {
    const before = match[1]?.trim().toLowerCase();
    const gloss = match[2] !== undefined;
    const next = match[3];
    if (next !== undefined && (knowledge.speechVerbs.has(next) || knowledge.actorVerbs.has(next)))
      return false;
    if (before !== undefined && INDEFINITE_ARTICLES.has(before)) thing = true;
    else if (gloss) thing = true;
    else if (next !== undefined && wordClass(next) === 'common-noun') thing = true;
  }
  return thing || spelledInLowerCase(text, acronym);
}
