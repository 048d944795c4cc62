import { exportKindStyle, STYLED_KINDS } from './kind-style.js';

/** One Cytoscape.js style rule. */
export interface StyleRule {
  selector: string;
  css: Record<string, string | number>;
}

/** The style rules for the JSON export: colour, shape and size by `labels`, captions from `name`. */
export function cytoscapeStyleRules(): StyleRule[] {
  const fallback = exportKindStyle('');
  return [
    {
      selector: 'node',
      css: {
        label: 'data(name)',
        'background-color': fallback.colour,
        shape: fallback.cytoscape,
        width: fallback.size,
        height: fallback.size,
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'border-width': 1.5,
        'border-color': fallback.border,
      },
    },
    ...STYLED_KINDS.map((kind) => {
      const style = exportKindStyle(kind);
      return {
        selector: `node[labels = ":${kind}"]`,
        css: {
          'background-color': style.colour,
          'border-color': style.border,
          shape: style.cytoscape,
          width: style.size,
          height: style.size,
        },
      };
    }),
    {
      selector: 'edge',
      css: {
        width: 1.2,
        'line-color': '#9A9A9A',
        'target-arrow-color': '#9A9A9A',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        'font-size': 8,
        'text-rotation': 'autorotate',
      },
    },
    { selector: 'edge:selected', css: { label: 'data(interaction)', 'line-color': '#1B1B1B' } },
  ];
}

/**
 * Writes the style file that goes with `writeCytoscapeJson`, in the format Cytoscape desktop exports and
 * imports (File → Import → Styles from File, "Cytoscape.js JSON") and whose `style` Cytoscape.js takes as is.
 */
export function writeCytoscapeStyle(): string {
  const file = [
    {
      format_version: '1.0',
      generated_by: 'palmyra-graph',
      target_cytoscapejs_version: '~3.30',
      title: 'palmyra-graph',
      style: cytoscapeStyleRules(),
    },
  ];
  return `${JSON.stringify(file, null, 1)}\n`;
}
