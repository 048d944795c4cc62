/**
 * Characters of Windows-1252 bytes 0x80-0x9F (https://encoding.spec.whatwg.org/index-windows-1252.txt).
 * Node's own `TextDecoder('windows-1252')` reads these bytes as Latin-1 C1 controls, so the table is
 * applied here. The five bytes that Windows-1252 leaves undefined keep their Latin-1 meaning.
 */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes Windows-1252 bytes (Latin-1 with printable characters at 0x80-0x9F). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return out;
}
