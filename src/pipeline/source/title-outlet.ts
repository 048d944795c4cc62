import wire from './data/wire-services.json' with { type: 'json' };

const WIRE_NAMES: ReadonlySet<string> = new Set(wire.names.map((n) => n.toLowerCase()));
const SUFFIXES = wire.outletSuffixes.map((s) => s.toLowerCase());

/** A trailing `(Name)` tag on a headline: 1–40 characters, no nested brackets. */
const TRAILING_TAG = /\s*\(([^()]{1,40})\)\s*$/;

function looksLikeOutlet(name: string): boolean {
  const lower = name.toLowerCase();
  if (WIRE_NAMES.has(lower)) return true;
  if (!/^\p{Lu}/u.test(name) || /^update\d*$/i.test(name)) return false;
  return SUFFIXES.some((s) => lower.endsWith(s));
}

/** Headline and body once a wire tag is taken out. */
export interface TitleOutlet {
  title: string;
  text: string;
  outlet?: string;
}

/**
 * Moves a trailing source tag such as `(Reuters)` or `(SPACE.com)` from a headline into `outlet`, and
 * drops the matching dateline prefix (`AP - `) from the body. A tag counts as an outlet when the body
 * opens with it, when it is a known news agency (`data/wire-services.json`), or when it ends like an
 * outlet name (`.com`, `Times`, `Press` …). Anything else (`(Update2)`, `(and survived)`) stays.
 */
export function splitTitleOutlet(title: string, text: string): TitleOutlet {
  const m = TRAILING_TAG.exec(title);
  const name = m?.[1]?.replace(/\s+/g, ' ').trim();
  if (m === null || name === undefined || name === '') return { title, text };
  const dateline = new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+[-–—]+\\s+`);
  const opensWithIt = dateline.test(text);
  if (!opensWithIt && !looksLikeOutlet(name)) return { title, text };
  const bare = title.slice(0, m.index).trim();
  if (bare === '') return { title, text };
  return { title: bare, text: opensWithIt ? text.replace(dateline, '') : text, outlet: name };
}

/** `WASHINGTON (Reuters) - ` or `LONDON, March 3 (AFP) — ` opening a wire story. */
const DATELINE = /^\s*\p{Lu}[\p{Lu} .'’/-]{1,40}(?:,[^()\n]{1,40})?\(([^()]{1,40})\)\s*[-–—]+\s/u;

/**
 * The outlet named in a wire-story dateline at the start of the body (`WASHINGTON (Reuters) - …`),
 * when it is a known agency or looks like an outlet name. The text itself is left as it is.
 */
export function datelineOutlet(text: string): string | undefined {
  const name = DATELINE.exec(text)?.[1]?.trim();
  return name !== undefined && looksLikeOutlet(name) ? name : undefined;
}
