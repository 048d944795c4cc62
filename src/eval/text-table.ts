/** Plain-text and Markdown tables for the evaluation reports. */

function pad(cells: readonly string[], widths: readonly number[], left: number): string {
  return cells
    .map((cell, i) => (i < left ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
    .join(' | ')
    .trimEnd();
}

/** A table with a header rule; the first `left` columns (default 1) left-aligned, the others right-aligned. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], left = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [pad(header, widths, left), rule, ...rows.map((r) => pad(r, widths, left))].join('\n');
}

function escapeCell(cell: string): string {
  return cell.replace(/\|/g, '\\|');
}

/** A GitHub-flavoured Markdown table; the first `left` columns (default 1) left-aligned, the others right-aligned. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  left = 1,
): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeCell).join(' | ')} |`;
  const align = header.map((_h, i) => (i < left ? '---' : '---:'));
  return [line(header), `|${align.join('|')}|`, ...rows.map(line)].join('\n');
}

/** `0.830`, or `–` when there is no value. */
export function ratio(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}
