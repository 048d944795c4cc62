import { createReadStream } from 'node:fs';
import { decodeUtf8OrLatin1, type EncodingSniff } from './decode-text.js';

/** One physical line of a file, decoded. */
export interface DecodedLine {
  /** Without its line break. Empty when `tooLong`. */
  text: string;
  /** 1-based. */
  line: number;
  /** The bytes were not valid UTF-8 and were read as Windows-1252. */
  latin1: boolean;
  /** The line was longer than the limit; its content was dropped without being held in memory. */
  tooLong: boolean;
}

const NEWLINE = 0x0a;

async function* utf8Lines(file: string, start: number, maxLineBytes: number): AsyncGenerator<DecodedLine> {
  let parts: Buffer[] = [];
  let pending = 0;
  let skipping = false;
  let line = 0;
  const emit = (bytes: Buffer): DecodedLine => {
    line += 1;
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    const { text, fallback } = decodeUtf8OrLatin1(bytes.subarray(0, end));
    return { text, line, latin1: fallback, tooLong: false };
  };
  for await (const chunk of createReadStream(file, {
    start,
    highWaterMark: 64 * 1024,
  }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(NEWLINE, from); nl !== -1; nl = chunk.indexOf(NEWLINE, from)) {
      if (skipping) {
        skipping = false;
      } else {
        const piece = chunk.subarray(from, nl);
        yield emit(parts.length === 0 ? piece : Buffer.concat([...parts, piece]));
      }
      parts = [];
      pending = 0;
      from = nl + 1;
    }
    if (from < chunk.length && !skipping) {
      parts.push(chunk.subarray(from));
      pending += chunk.length - from;
      if (pending > maxLineBytes) {
        line += 1;
        yield { text: '', line, latin1: false, tooLong: true };
        parts = [];
        pending = 0;
        skipping = true;
      }
    }
  }
  if (parts.length > 0 && !skipping) yield emit(Buffer.concat(parts));
}

async function* utf16Lines(
  file: string,
  sniff: EncodingSniff,
  maxLineBytes: number,
): AsyncGenerator<DecodedLine> {
  const decoder = new TextDecoder(sniff.encoding);
  let carry = '';
  let skipping = false;
  let line = 0;
  const maxChars = Math.ceil(maxLineBytes / 2);
  for await (const chunk of createReadStream(file, {
    start: sniff.bomLength,
    highWaterMark: 64 * 1024,
  }) as AsyncIterable<Buffer>) {
    const text = carry + decoder.decode(chunk, { stream: true });
    const lines = text.split('\n');
    carry = lines.pop() ?? '';
    for (const l of lines) {
      if (skipping) {
        skipping = false;
        continue;
      }
      line += 1;
      yield { text: l.endsWith('\r') ? l.slice(0, -1) : l, line, latin1: false, tooLong: false };
    }
    if (carry.length > maxChars) {
      if (!skipping) {
        line += 1;
        yield { text: '', line, latin1: false, tooLong: true };
      }
      carry = '';
      skipping = true;
    }
  }
  carry += decoder.decode();
  if (carry !== '' && !skipping) {
    line += 1;
    yield { text: carry.endsWith('\r') ? carry.slice(0, -1) : carry, line, latin1: false, tooLong: false };
  }
}

/**
 * Streams a text file line by line with memory bounded by `maxLineBytes` (not by the file size).
 * UTF-8 lines that are not valid UTF-8 are read as Windows-1252 one line at a time, so one stray
 * Latin-1 byte affects only its own line; UTF-16 files with a byte-order mark are decoded as such.
 * A line over the limit comes out once, empty and flagged `tooLong`.
 */
export function readLines(
  file: string,
  sniff: EncodingSniff,
  maxLineBytes: number,
): AsyncGenerator<DecodedLine> {
  return sniff.encoding === 'utf-8'
    ? utf8Lines(file, sniff.bomLength, maxLineBytes)
    : utf16Lines(file, sniff, maxLineBytes);
}
