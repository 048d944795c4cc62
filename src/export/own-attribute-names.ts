import type { ExportValue } from './graph-snapshot.js';

/** How the properties that share a name with one of an export's own attributes are written. */
export interface OwnAttributeNames {
  /** Properties that always equal the own attribute of that name: written once, as that attribute. */
  merged: Set<string>;
  /** Properties that differ somewhere: property name → the name they are written under. */
  renamed: Map<string, string>;
}

function same(a: ExportValue | undefined, b: ExportValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Keeps every attribute name unique: a property named like an own attribute (`label`, `labels`…) is merged
 * with it when every item's property equals its own value, and renamed `property.<name>` otherwise, so no
 * reader ever sees one name declared twice or one value overwrite another.
 */
export function ownAttributeNames(
  items: readonly { properties: Record<string, ExportValue> }[],
  own: readonly Record<string, ExportValue>[],
): OwnAttributeNames {
  const names = new Set(own.flatMap((values) => Object.keys(values)));
  const merged = new Set<string>();
  const renamed = new Map<string, string>();
  for (const name of names) {
    const holders = items
      .map((item, index) => ({ item, own: own[index] }))
      .filter(({ item }) => item.properties[name] !== undefined && item.properties[name] !== null);
    if (holders.length === 0) continue;
    if (holders.every(({ item, own: values }) => same(item.properties[name], values?.[name]))) {
      merged.add(name);
    } else {
      renamed.set(name, `property.${name}`);
    }
  }
  return { merged, renamed };
}
