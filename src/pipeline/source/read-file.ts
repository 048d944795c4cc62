import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../errors.js';
import { buildArticle } from './build-article.js';
import { decodeText, sniffEncoding } from './decode-text.js';
import { parseHtml } from './parse-html.js';
import { parsePlainText } from './parse-plain-text.js';
import { readCsvFile } from './read-csv-file.js';
import { readJsonlFile } from './read-jsonl-file.js';
import { describeBinary } from './sniff-binary.js';
import { formatBytes, type ResolvedSourceOptions } from './source-options.js';
import { rejected, type SourceItem } from './source-item.js';

/** File kinds by extension (lower case, with the dot). */
const KINDS = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
} as const;

type Kind = (typeof KINDS)[keyof typeof KINDS];

/** The extensions the source stage reads, for messages. */
export const SUPPORTED_EXTENSIONS = Object.keys(KINDS);

/** The kind of file `file` is by its extension, or undefined. */
export function fileKind(file: string): Kind | undefined {
  const ext = path.extname(file).toLowerCase();
  return Object.hasOwn(KINDS, ext) ? KINDS[ext as keyof typeof KINDS] : undefined;
}

/** Human words for a file-system error. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied; check the file permissions';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'ELOOP') return 'symbolic link loop';
  return error instanceof Error ? error.message : String(error);
}

const HEAD_BYTES = 8192;

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function* readTable(
  file: string,
  displayName: string,
  kind: 'csv' | 'jsonl',
  size: number,
  options: ResolvedSourceOptions,
): AsyncGenerator<SourceItem> {
  if (size > options.maxTableBytes) {
    yield rejected(
      displayName,
      `file is ${formatBytes(size)}, over the ${formatBytes(options.maxTableBytes)} limit for ${kind.toUpperCase()} files; raise maxTableBytes to read it`,
    );
    return;
  }
  const head = await readHead(file);
  const binary = describeBinary(head);
  if (binary !== undefined) {
    yield rejected(displayName, binary);
    return;
  }
  const sniff = sniffEncoding(head);
  if (
    size <= HEAD_BYTES &&
    new TextDecoder(sniff.encoding).decode(head.subarray(sniff.bomLength)).trim() === ''
  ) {
    yield rejected(displayName, 'file is empty (it holds only whitespace)');
    return;
  }
  yield* kind === 'csv'
    ? readCsvFile(file, displayName, sniff, options)
    : readJsonlFile(file, displayName, sniff, options);
}

function readDocument(
  bytes: Uint8Array,
  kind: 'txt' | 'md' | 'html',
  displayName: string,
  options: ResolvedSourceOptions,
): SourceItem {
  const decoded = decodeText(bytes);
  if (kind === 'html') {
    return buildArticle(
      parseHtml(decoded.text, displayName, decoded.warnings),
      options,
      'no article text found',
    );
  }
  return buildArticle(
    parsePlainText(decoded.text, kind, displayName, decoded.warnings, options.maxTitleChars),
    options,
  );
}

/**
 * Reads one file into source items: one for a .txt/.md/.html article, one per row for .csv/.jsonl
 * (streamed). Never throws for a bad file: problems come out as rejections. The size is checked with
 * `stat` before anything is read.
 */
export async function* readFileItems(
  file: string,
  displayName: string,
  options: ResolvedSourceOptions,
): AsyncGenerator<SourceItem> {
  const kind = fileKind(file);
  if (kind === undefined) {
    const ext = path.extname(file) || '(none)';
    yield rejected(
      displayName,
      `unsupported file type ${ext}; supported: ${SUPPORTED_EXTENSIONS.join(', ')}`,
    );
    return;
  }
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      yield rejected(displayName, 'not a regular file', 'SOURCE_UNREADABLE');
      return;
    }
    size = info.size;
  } catch (error) {
    yield rejected(displayName, describeFsError(error), 'SOURCE_UNREADABLE');
    return;
  }
  if (size === 0) {
    yield rejected(displayName, 'file is empty');
    return;
  }
  if (kind === 'csv' || kind === 'jsonl') {
    try {
      yield* readTable(file, displayName, kind, size, options);
    } catch (error) {
      yield rejected(displayName, `reading stopped: ${describeFsError(error)}`, 'SOURCE_UNREADABLE');
    }
    return;
  }
  if (size > options.maxBytes) {
    yield rejected(
      displayName,
      `file is ${formatBytes(size)}, over the ${formatBytes(options.maxBytes)} limit for one article; raise the maxBytes option (ingest: --max-bytes) to read it`,
    );
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    yield rejected(displayName, describeFsError(error), 'SOURCE_UNREADABLE');
    return;
  }
  try {
    yield readDocument(bytes, kind, displayName, options);
  } catch (error) {
    if (error instanceof AppError && error.code === 'SOURCE_REJECTED')
      yield rejected(displayName, error.message);
    else
      yield rejected(
        displayName,
        `could not be read as an article: ${error instanceof Error ? error.message : String(error)}`,
      );
  }
}
