/** A file signature that marks content as something other than text. */
interface Signature {
  /** Bytes at offset 0 (`null` matches any byte). */
  bytes: readonly (number | null)[];
  /** Completes "looks like …, not text". */
  kind: string;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Magic numbers of common non-text formats (from each format's specification). */
const SIGNATURES: readonly Signature[] = [
  { bytes: ascii('%PDF'), kind: 'a PDF document' },
  { bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a], kind: 'a PNG image' },
  { bytes: ascii('GIF87a'), kind: 'a GIF image' },
  { bytes: ascii('GIF89a'), kind: 'a GIF image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], kind: 'a WebP image' },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WAVE')], kind: 'a WAV audio file' },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('AVI ')], kind: 'an AVI video' },
  { bytes: [null, null, null, null, ...ascii('ftyp')], kind: 'an MP4/QuickTime video' },
  { bytes: ascii('ID3'), kind: 'an MP3 audio file' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], kind: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], kind: 'a TIFF image' },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    kind: 'a ZIP archive (Word .docx, .xlsx and .epub files are ZIP archives too)',
  },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'an empty ZIP archive' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip-compressed file' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: 'a 7-Zip archive' },
  { bytes: [...ascii('BZh'), null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59], kind: 'a bzip2-compressed file' },
  { bytes: [0xfd, ...ascii('7zXZ'), 0x00], kind: 'an xz-compressed file' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], kind: 'a zstd-compressed file' },
  { bytes: ascii('Rar!'), kind: 'a RAR archive' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    kind: 'an old Microsoft Office document (.doc/.xls)',
  },
  { bytes: ascii('{\\rtf'), kind: 'an RTF document' },
  { bytes: [0x7f, ...ascii('ELF')], kind: 'an ELF executable' },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], kind: 'a Mach-O executable' },
  { bytes: [0x00, ...ascii('asm')], kind: 'a WebAssembly module' },
  { bytes: [...ascii('SQLite format 3'), 0x00], kind: 'an SQLite database' },
  { bytes: [...ascii('OggS')], kind: 'an Ogg audio/video file' },
  { bytes: [...ascii('fLaC')], kind: 'a FLAC audio file' },
];

function startsWith(bytes: Uint8Array, signature: Signature): boolean {
  if (bytes.length < signature.bytes.length) return false;
  return signature.bytes.every((b, i) => b === null || bytes[i] === b);
}

/**
 * Says why `head` (the first bytes of a file, a few KB are enough) is not text: a known file signature
 * ("a PDF document") or NUL bytes. Undefined when it may be text. UTF-16 with a byte-order mark is text.
 */
export function describeBinary(head: Uint8Array): string | undefined {
  const signature = SIGNATURES.find((s) => startsWith(head, s));
  if (signature !== undefined) return `looks like ${signature.kind}, not text`;
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) return 'contains NUL bytes, so it is binary data, not text';
  return undefined;
}
