import { AppError } from '../../errors.js';
import { decodeWindows1252 } from './decode-windows-1252.js';
import { describeBinary } from './sniff-binary.js';

/** The encodings the source stage reads. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Decoded file content. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  warnings: string[];
}

/** What the first bytes say about the encoding. */
export interface EncodingSniff {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Length of the byte-order mark to skip. */
  bomLength: number;
}

/** Reads the byte-order mark, if any; UTF-8 otherwise. */
export function sniffEncoding(head: Uint8Array): EncodingSniff {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });

/** C0 controls other than tab, line feed, form feed and carriage return. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/**
 * Decodes one line or chunk of bytes that should be UTF-8. Bytes that are not valid UTF-8 are read as
 * Windows-1252 (a superset of Latin-1 for printable characters), and `fallback` says so.
 */
export function decodeUtf8OrLatin1(bytes: Uint8Array): { text: string; fallback: boolean } {
  try {
    return { text: UTF8_STRICT.decode(bytes), fallback: false };
  } catch {
    return { text: decodeWindows1252(bytes), fallback: true };
  }
}

/**
 * Turns a whole file's bytes into text: UTF-8 (BOM stripped), UTF-16 LE/BE with a BOM, or — when the
 * bytes are not valid UTF-8 — Windows-1252 with a warning. Throws `SOURCE_REJECTED` for binary content
 * (known file signatures, NUL bytes, many control characters) and for empty or whitespace-only files.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new AppError('SOURCE_REJECTED', 'file is empty');
  const binary = describeBinary(bytes.subarray(0, 8192));
  if (binary !== undefined) throw new AppError('SOURCE_REJECTED', binary);
  const sniff = sniffEncoding(bytes);
  const body = bytes.subarray(sniff.bomLength);
  const warnings: string[] = [];
  let text: string;
  let encoding: TextEncoding = sniff.encoding;
  if (sniff.encoding === 'utf-8') {
    const decoded = decodeUtf8OrLatin1(body);
    text = decoded.text;
    if (decoded.fallback) {
      encoding = 'windows-1252';
      warnings.push(
        'not valid UTF-8; decoded as Windows-1252 (Latin-1) — check odd characters such as £ or é',
      );
    }
  } else {
    text = new TextDecoder(sniff.encoding).decode(body);
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls > text.length / 100) {
    throw new AppError(
      'SOURCE_REJECTED',
      `holds ${controls} control characters, so it is binary data, not text`,
    );
  }
  if (text.trim() === '') {
    throw new AppError('SOURCE_REJECTED', 'file is empty (it holds only whitespace)');
  }
  return { text: controls > 0 ? text.replace(CONTROL, '') : text, encoding, warnings };
}
