import { createReadStream } from 'node:fs';
import { fileKind } from './read-file.js';
import { resolveSourceOptions, type SourceOptions } from './source-options.js';
import { walkInputs } from './walk-inputs.js';

async function countLines(file: string): Promise<{ lines: number; firstLine: string }> {
  let lines = 0;
  let last = 0x0a;
  let firstLine = '';
  let collecting = true;
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    if (collecting) {
      const nl = chunk.indexOf(0x0a);
      firstLine += chunk.subarray(0, nl === -1 ? chunk.length : nl).toString('utf8');
      collecting = nl === -1 && firstLine.length < 64 * 1024;
    }
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) lines += 1;
    if (chunk.length > 0) last = chunk[chunk.length - 1] ?? last;
  }
  return { lines: last === 0x0a ? lines : lines + 1, firstLine };
}

/**
 * A fast estimate of how many items {@link readSources} will yield, for a progress bar: one per
 * .txt/.md/.html (or unsupported) file, one per line of a .jsonl, one per line of a .csv less a header
 * row. Multi-line CSV fields and blank lines make it an over-estimate; unreadable files count as one.
 */
export async function countSources(paths: string[], options?: SourceOptions): Promise<number> {
  const resolved = resolveSourceOptions(options);
  let total = 0;
  for await (const entry of walkInputs(paths, resolved.ignore, resolved.cwd)) {
    if (!('file' in entry)) {
      total += 1;
      continue;
    }
    const kind = fileKind(entry.file);
    if (kind !== 'csv' && kind !== 'jsonl') {
      total += 1;
      continue;
    }
    try {
      const { lines, firstLine } = await countLines(entry.file);
      const header =
        kind === 'csv' &&
        /(^|[",;\t])\s*"?\s*(title|text|headline|body|content)\s*"?\s*($|[",;\t])/i.test(firstLine);
      total += Math.max(1, header ? lines - 1 : lines);
    } catch {
      total += 1;
    }
  }
  return total;
}
