import path from 'node:path';

function inside(base: string, file: string): string | undefined {
  const relative = path.relative(base, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : undefined;
}

/**
 * How a file is named in `ArticleDoc.sourceFile` (and in reports): relative to `cwd` when it lies inside it;
 * otherwise relative to the folder that holds the input it was found under (`bbc-news/tech` → `tech/001.txt`);
 * otherwise its file name. Never an absolute path, so the server's disk layout is never stored or served.
 * Forward slashes on every platform so ids and reports match across machines.
 */
export function displayPath(file: string, cwd: string = process.cwd(), input?: string): string {
  const absolute = path.resolve(cwd, file);
  const fromInput =
    input === undefined ? undefined : inside(path.dirname(path.resolve(cwd, input)), absolute);
  const name = inside(cwd, absolute) ?? fromInput ?? path.basename(absolute);
  return name.split(path.sep).join('/');
}
