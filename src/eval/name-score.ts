import { nameKey } from './normalise-name.js';

/** The names an entity answers to, as comparison keys (see {@link nameKey}). */
export interface NameKeys {
  /** Key of the canonical name. */
  nameKey: string;
  /** Keys of the canonical name and every alias or surface form. */
  keys: ReadonlySet<string>;
}

/** Keys of a canonical name and its other forms; empty keys (names with no letters) are dropped. */
export function toNameKeys(name: string, others: readonly string[]): NameKeys {
  const keys = new Set<string>();
  for (const form of [name, ...others]) {
    const key = nameKey(form);
    if (key !== '') keys.add(key);
  }
  return { nameKey: nameKey(name), keys };
}

/**
 * How well a predicted entity's names fit a gold entity's: 3 when the canonical names agree, 2 when
 * one's canonical name is among the other's forms, 1 when any forms are shared, 0 otherwise.
 */
export function nameScore(predicted: NameKeys, gold: NameKeys): number {
  if (predicted.nameKey !== '' && predicted.nameKey === gold.nameKey) return 3;
  if (gold.keys.has(predicted.nameKey) || predicted.keys.has(gold.nameKey)) return 2;
  for (const key of predicted.keys) if (gold.keys.has(key)) return 1;
  return 0;
}
