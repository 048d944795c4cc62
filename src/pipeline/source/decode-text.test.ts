import { describe, expect, it } from 'vitest';
import { decodeText, sniffEncoding } from './decode-text.js';
import { describeBinary } from './sniff-binary.js';

const utf16le = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string): Buffer => {
  const le = Buffer.from(s, 'utf16le');
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
};

describe('decodeText', () => {
  it.each([
    ['plain UTF-8', Buffer.from('Café £5', 'utf8'), 'Café £5', 'utf-8'],
    [
      'UTF-8 with a BOM (stripped)',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Title')]),
      'Title',
      'utf-8',
    ],
    ['UTF-16 LE with a BOM', utf16le('Palmyra – ٢٠١٦'), 'Palmyra – ٢٠١٦', 'utf-16le'],
    ['UTF-16 BE with a BOM', utf16be('Palmyra – ٢٠١٦'), 'Palmyra – ٢٠١٦', 'utf-16be'],
    [
      'one Latin-1 byte in otherwise ASCII text',
      Buffer.from([0x50, 0x61, 0x69, 0x64, 0x20, 0xa3, 0x35]),
      'Paid £5',
      'windows-1252',
    ],
    ['Windows-1252 curly quotes', Buffer.from([0x93, 0x48, 0x69, 0x94]), '“Hi”', 'windows-1252'],
  ])('decodes %s', (_name, bytes, text, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.warnings.length > 0).toBe(encoding === 'windows-1252');
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'file is empty'],
    ['whitespace only', Buffer.from(' \n\t\r\n  '), 'only whitespace'],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'looks like a PDF document, not text'],
    [
      'a PNG',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'looks like a PNG image, not text',
    ],
    ['a GIF', Buffer.from('GIF89a\u0001\u0000'), 'looks like a GIF image'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'looks like a JPEG image'],
    ['a ZIP (or .docx)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0]), 'looks like a ZIP archive'],
    ['an ELF binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), 'looks like an ELF executable'],
    ['NUL bytes', Buffer.from('abc\u0000\u0000def'), 'NUL bytes'],
    ['control characters', Buffer.from('\u0001\u0002\u0003\u0004abc'), 'control characters'],
  ])('rejects %s', (_name, bytes, reason) => {
    expect(() => decodeText(bytes)).toThrow(reason);
  });
});

describe('sniffEncoding', () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0x41], 'utf-8', 3],
    [[0xff, 0xfe, 0x41, 0x00], 'utf-16le', 2],
    [[0xfe, 0xff, 0x00, 0x41], 'utf-16be', 2],
    [[0x41, 0x42], 'utf-8', 0],
  ] as const)('reads the byte-order mark of %j', (bytes, encoding, bomLength) => {
    expect(sniffEncoding(Uint8Array.from(bytes))).toEqual({ encoding, bomLength });
  });
});

describe('describeBinary', () => {
  it('accepts UTF-16 text though it holds NUL bytes', () => {
    expect(describeBinary(utf16le('Hello'))).toBeUndefined();
  });

  it('accepts ordinary text', () => {
    expect(describeBinary(Buffer.from('Plain words.'))).toBeUndefined();
  });
});
