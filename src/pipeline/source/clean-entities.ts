import { decodeWindows1252 } from './decode-windows-1252.js';
import entities from './data/html-entities.json' with { type: 'json' };

/** Options for {@link cleanEntities}. */
export interface CleanEntitiesOptions {
  /**
   * Also undo the escaping of the AG News CSV: a lone backslash stood for a line break and `\$` for a
   * dollar sign. Off by default because ordinary text may hold real backslashes.
   */
  backslashEscapes?: boolean;
}

const NAMED: ReadonlyMap<string, string> = new Map(Object.entries(entities.named));
const BARE: ReadonlySet<string> = new Set(entities.bare);

/**
 * Entity forms, tried in one pass. A reference may have lost its `&` (scraped text often turns it into a
 * space: `company #39;s`, `Johnson  amp; Johnson`); then the one space that replaced the `&` goes too.
 */
const ENTITY_PATTERN = /(?:&| |(?<=^|\s))(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/gu;

/** Tags left in text once `&lt;` is decoded (`<A HREF=...>`, `</FONT>`, Reuters tickers `<TXN.N>`). */
const TAG_PATTERN = /<\/?[A-Za-z][^<>\n]{0,300}>/g;

function decodeNumeric(body: string): string | undefined {
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
    return undefined;
  // Code points 128-159 in numeric references mean Windows-1252 characters (WHATWG HTML, numeric
  // character reference end state).
  if (code >= 128 && code <= 159) return decodeWindows1252(Uint8Array.of(code));
  return String.fromCodePoint(code);
}

function decodeOnce(text: string): string {
  if (!text.includes(';')) return text;
  return text.replace(ENTITY_PATTERN, (match: string, body: string) => {
    const hadAmpersand = match.startsWith('&');
    if (body.startsWith('#')) {
      const char = decodeNumeric(body);
      // Without its `&`, `#5;` is more likely prose ("Issue #5;") than a control character.
      if (char === undefined || (!hadAmpersand && (char.codePointAt(0) ?? 0) < 32)) return match;
      return char;
    }
    const named = NAMED.get(body);
    if (named === undefined) return match;
    if (!hadAmpersand && !BARE.has(body)) return match;
    return named;
  });
}

/**
 * Decodes HTML character references, including the broken forms that scraped news datasets carry
 * (` #39;`, ` quot;`, `&amp;lt;`), removes the HTML tags that decoding uncovers and tidies spaces.
 * Line breaks are kept; runs of spaces and tabs become one space.
 */
export function cleanEntities(text: string, options: CleanEntitiesOptions = {}): string {
  let out = text;
  if (options.backslashEscapes === true) {
    out = out
      .replace(/\\\$/g, '$')
      .replace(/\\{2,}/g, '\n\n')
      .replace(/\\/g, ' ');
  }
  // Twice, for double-escaped text such as `&amp;quot;`.
  out = decodeOnce(decodeOnce(out));
  out = out.replace(TAG_PATTERN, ' ');
  return out
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
