/**
 * The tables of `docs/events.md`, rendered from the event ontology (`data/event-ontology.json`) so
 * that the manual lists exactly the kinds the extractor and the API know: one table per legend
 * group, a row per kind with its category, CAMEO code and gloss.
 */
import ontology from './data/event-ontology.json' with { type: 'json' };

/** Marks where the generated part of `docs/events.md` starts; everything after it is rendered. */
export const GENERATED_MARK =
  '<!-- Generated from src/knowledge/data/event-ontology.json by `npm run docs:events`; edit the data, not this. -->';

interface OntologyData {
  groups: readonly { id: string; label: string }[];
  categories: readonly { id: string; label: string; group: string }[];
  kinds: readonly { id: string; category: string; cameo: string | null; gloss: string }[];
}

/** The generated part of `docs/events.md`: the mark, then a table of kinds per group. */
export function renderEventKindTables(data: OntologyData = ontology): string {
  const categories = new Map(data.categories.map((c) => [c.id, c]));
  const sections = data.groups.map((group) => {
    const rows = data.kinds.flatMap((kind) => {
      const category = categories.get(kind.category);
      if (category?.group !== group.id) return [];
      const gloss = kind.gloss.replace(/\|/g, '\\|');
      return [`| \`${kind.id}\` | ${category.label} | ${kind.cameo ?? '–'} | ${gloss} |`];
    });
    return [
      `## ${group.label}`,
      '',
      '| kind | category | CAMEO | what it covers |',
      '| --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
  });
  return [GENERATED_MARK, '', ...sections.flatMap((s) => [s, ''])].join('\n');
}
