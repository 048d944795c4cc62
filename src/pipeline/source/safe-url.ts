/** The schemes an article URL may have: anything else (`javascript:`, `data:`, `file:` …) is dropped. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:']);
const SHOWN_CHARS = 60;

/**
 * The URL to store for an article: `raw` when it is an absolute `http:` or `https:` URL (as the WHATWG parser
 * normalises it), otherwise undefined with a warning that says what was dropped. Every reader passes its `url`
 * through here, so a stored link can never run script in the explorer.
 */
export function safeUrl(raw: string | undefined): { url?: string; warning?: string } {
  const given = raw?.trim();
  if (given === undefined || given === '') return {};
  let parsed: URL | undefined;
  try {
    parsed = new URL(given);
  } catch {
    parsed = undefined;
  }
  if (parsed !== undefined && SAFE_PROTOCOLS.has(parsed.protocol)) return { url: parsed.href };
  const shown = given.length > SHOWN_CHARS ? `${given.slice(0, SHOWN_CHARS)}…` : given;
  return {
    warning: `url "${shown}" is not an absolute http(s) URL; dropped it (the article is kept without a url)`,
  };
}
