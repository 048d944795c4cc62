import styles from './data/kind-styles.json' with { type: 'json' };

/** How one node label looks in every desktop tool the exports target. */
export interface ExportKindStyle {
  /** Fill colour, `#RRGGBB`. */
  colour: string;
  border: string;
  /** Caption colour drawn on the fill (Neo4j Browser). */
  text: string;
  /** Diameter in pixels at zoom 1. */
  size: number;
  /** Cytoscape node shape. */
  cytoscape: string;
  /** yEd `y:Shape` type. */
  yed: string;
  /** Bloom icon name. */
  bloom: string;
}

const KINDS: Readonly<Record<string, ExportKindStyle>> = styles.kinds;

/** The node labels that have a style of their own, in legend order. */
export const STYLED_KINDS: readonly string[] = Object.keys(KINDS);

/** The style of a node label; unknown labels get the fallback (an orange triangle). */
export function exportKindStyle(kind: string): ExportKindStyle {
  return KINDS[kind] ?? styles.fallback;
}

/** `#0072B2` → `[0, 114, 178]`. */
export function rgbOf(colour: string): [number, number, number] {
  const hex = colour.replace('#', '');
  return [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
}
