import type { StylesheetJson } from 'cytoscape';
import ontology from '../../knowledge/data/event-ontology.json' with { type: 'json' };

/** How one node label looks, on the canvas and in the legend. Shapes differ as well as colours. */
export interface KindStyle {
  colour: string;
  /** A cytoscape node shape. */
  shape: 'ellipse' | 'hexagon' | 'round-diamond' | 'round-rectangle' | 'rectangle' | 'barrel' | 'triangle';
  /** The legend's word for the shape, for people who cannot tell the colours apart. */
  shapeName: string;
}

/**
 * Colours from the Okabe–Ito palette (safe for the common colour-vision deficiencies); each kind also has
 * its own shape, so colour is never the only cue. `cypher/browser/style.grass` uses the same colours.
 */
export const KIND_STYLES: Readonly<Record<string, KindStyle>> = {
  Actor: { colour: '#0072B2', shape: 'ellipse', shapeName: 'circle' },
  Place: { colour: '#009E73', shape: 'hexagon', shapeName: 'hexagon' },
  Event: { colour: '#E69F00', shape: 'round-diamond', shapeName: 'diamond' },
  Claim: { colour: '#CC79A7', shape: 'round-rectangle', shapeName: 'rounded square' },
  Article: { colour: '#8C8C8C', shape: 'rectangle', shapeName: 'square' },
  Outlet: { colour: '#56B4E9', shape: 'barrel', shapeName: 'barrel' },
};

/** A group of event categories, told apart on the canvas by the ring around the event's diamond. */
export interface EventGroupStyle {
  label: string;
  /** Ring colour (Okabe–Ito); the ring is also drawn in its own line style, so colour is not the only cue. */
  ring: string;
  ringStyle: 'solid' | 'dashed' | 'dotted' | 'double';
  /** Categories of src/knowledge/data/event-ontology.json in the group. */
  categories: readonly string[];
}

/** How each group of the ontology's `groups` is drawn: the data file says which categories are in it. */
export const GROUP_RINGS: Readonly<Record<string, Pick<EventGroupStyle, 'ring' | 'ringStyle'>>> = {
  FORCE: { ring: '#D55E00', ringStyle: 'solid' },
  DIPLOMACY: { ring: '#0072B2', ringStyle: 'dashed' },
  BUSINESS_LAW_POLITICS: { ring: '#009E73', ringStyle: 'dotted' },
  SPORT_CULTURE: { ring: '#CC79A7', ringStyle: 'double' },
  DISASTER: { ring: '#000000', ringStyle: 'solid' },
};

/** A group without a ring of its own (one added to the data file only) is drawn plainly but still listed. */
const FALLBACK_RING: Pick<EventGroupStyle, 'ring' | 'ringStyle'> = { ring: '#8C8C8C', ringStyle: 'solid' };

/** CAMEO codes as runs: `['01', '02', '03', '16']` → `01–03, 16`. */
export function cameoRuns(codes: readonly string[]): string {
  const numbers = [...codes].sort();
  const runs: string[][] = [];
  for (const code of numbers) {
    const run = runs.at(-1);
    if (run && Number(code) === Number(run.at(-1)) + 1) run.push(code);
    else runs.push([code]);
  }
  return runs.map((run) => (run.length > 1 ? `${run[0]}–${run.at(-1)}` : run[0])).join(', ');
}

/** The ontology's shape as far as the legend reads it. */
export interface OntologyGroups {
  groups: readonly { id: string; label: string }[];
  categories: readonly { id: string; cameo: string | null; group: string }[];
}

/** The legend groups of `data`, in its order, each with its categories and their CAMEO codes in the label. */
export function eventGroupStyles(data: OntologyGroups): EventGroupStyle[] {
  return data.groups.map((group) => {
    const members = data.categories.filter((category) => category.group === group.id);
    const codes = members.flatMap((category) => (category.cameo ? [category.cameo] : []));
    return {
      label: codes.length > 0 ? `${group.label} (CAMEO ${cameoRuns(codes)})` : group.label,
      ...(GROUP_RINGS[group.id] ?? FALLBACK_RING),
      categories: members.map((category) => category.id),
    };
  });
}

/** Event categories in groups for the legend, from src/knowledge/data/event-ontology.json. */
export const EVENT_GROUP_STYLES: readonly EventGroupStyle[] = eventGroupStyles(ontology);

/** The legend group of an event category (or undefined for an unknown one). */
export function eventGroupOf(category: string | null | undefined): EventGroupStyle | undefined {
  return EVENT_GROUP_STYLES.find((group) => category != null && group.categories.includes(category));
}

/** Canvas rules that ring each event by its kind's group; `kindsByCategory` maps categories to event kinds. */
export function eventRingRules(kindsByCategory: Readonly<Record<string, readonly string[]>>): StylesheetJson {
  return EVENT_GROUP_STYLES.flatMap((group) =>
    group.categories.flatMap((category) =>
      (kindsByCategory[category] ?? []).map((type) => ({
        selector: `node[kind = "Event"][type = "${type}"]`,
        style: { 'border-color': group.ring, 'border-width': 3, 'border-style': group.ringStyle },
      })),
    ),
  );
}

const FALLBACK_STYLE: KindStyle = { colour: '#D55E00', shape: 'triangle', shapeName: 'triangle' };

/** The style for a node label; unknown labels get a triangle rather than an error. */
export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kind] ?? FALLBACK_STYLE;
}

const KINDS_BY_CATEGORY: Record<string, string[]> = {};
for (const kind of ontology.kinds) (KINDS_BY_CATEGORY[kind.category] ??= []).push(kind.id);

/** The cytoscape stylesheet: shape and colour by `data(kind)`, caption below the node, labelled edges. */
export function graphStylesheet(): StylesheetJson {
  const byKind: StylesheetJson = Object.entries(KIND_STYLES).map(([kind, style]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': style.colour, shape: style.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        'background-color': FALLBACK_STYLE.colour,
        shape: FALLBACK_STYLE.shape,
        width: 26,
        height: 26,
        label: 'data(label)',
        'font-size': 12,
        'font-family': 'system-ui, sans-serif',
        color: '#1b1b1b',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    ...byKind,
    { selector: 'node[kind = "Event"]', style: { width: 32, height: 32 } },
    ...eventRingRules(KINDS_BY_CATEGORY),
    { selector: 'node.root', style: { 'border-width': 3, 'border-color': '#1b1b1b' } },
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': '#1b1b1b',
        'overlay-color': '#1b1b1b',
        'overlay-opacity': 0.12,
      },
    },
    { selector: 'node.has-more', style: { 'border-style': 'dashed', 'border-color': '#1b1b1b' } },
    // Label collision control: a caption that would overlap a more important one is hidden until the
    // node is hovered or selected.
    { selector: 'node.quiet', style: { label: '' } },
    {
      selector: 'node.hover, node.quiet:selected',
      style: { label: 'data(label)', 'z-index': 20, 'text-background-opacity': 1 },
    },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#9a9a9a',
        'target-arrow-color': '#9a9a9a',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: '',
        'font-size': 8,
        color: '#444444',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'min-zoomed-font-size': 8,
      },
    },
    {
      selector: 'edge.labelled',
      style: { label: 'data(label)', 'line-color': '#6b6b6b', 'target-arrow-color': '#6b6b6b' },
    },
    {
      selector: 'edge.hover',
      style: {
        label: 'data(label)',
        'z-index': 10,
        'line-color': '#1b1b1b',
        'target-arrow-color': '#1b1b1b',
      },
    },
    {
      selector: 'edge:selected',
      style: { 'line-color': '#1b1b1b', 'target-arrow-color': '#1b1b1b', width: 2 },
    },
  ];
}
