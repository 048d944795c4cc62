import type { ExportNode } from './graph-snapshot.js';

/** Longest claim caption, in characters; the full text stays in the `text` property. */
export const CLAIM_CAPTION_LENGTH = 60;

/** Cuts text to at most `max` characters at a word boundary, ending with "…" when cut. */
export function shortText(text: string, max = CLAIM_CAPTION_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/**
 * The text a tool should show on a node: its name, event label or article title; a claim is captioned by
 * a short form of its text.
 */
export function captionOf(node: ExportNode): string {
  const { name, label, title, text } = node.properties;
  const caption = name ?? label ?? title ?? (typeof text === 'string' ? shortText(text) : text) ?? node.id;
  return Array.isArray(caption) ? caption.join('; ') : String(caption);
}
