import type { Mention } from '../../domain.js';
import type { Decision } from './decision.js';

/**
 * The town each site lies in, as far as the article shows it: a town named in the same sentence
 * as the site ("the Temple of Bel in Palmyra"), else the article's main town when one town has at
 * least half of all town mentions (an article about Palmyra's monuments).
 */
export function townsOfSites(mentions: Mention[], decisions: Decision[]): Map<string, string> {
  const townsBySentence = new Map<number, string>();
  const townCounts = new Map<string, number>();
  let townMentions = 0;
  decisions.forEach((d, i) => {
    if (d.kind !== 'PLACE' || d.type !== 'CITY') return;
    const sentence = mentions[i]!.evidence.sentenceIndex;
    if (!townsBySentence.has(sentence)) townsBySentence.set(sentence, d.id);
    townCounts.set(d.id, (townCounts.get(d.id) ?? 0) + 1);
    townMentions += 1;
  });
  let mainTown: string | undefined;
  for (const [id, count] of townCounts) {
    if (
      count >= 2 &&
      count * 2 >= townMentions &&
      (mainTown === undefined || count > townCounts.get(mainTown)!)
    ) {
      mainTown = id;
    }
  }
  const result = new Map<string, string>();
  decisions.forEach((d, i) => {
    if (d.kind !== 'PLACE' || d.type !== 'SITE' || result.has(d.id)) return;
    const town = townsBySentence.get(mentions[i]!.evidence.sentenceIndex) ?? mainTown;
    if (town !== undefined && town !== d.id) result.set(d.id, town);
  });
  return result;
}
