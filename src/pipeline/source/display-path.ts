import path from 'node:path';

/**
 * How a file is named in `ArticleDoc.sourceFile`: relative to `cwd` when it lies inside it, otherwise
 * absolute. Forward slashes on every platform so ids and reports match across machines.
 */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : absolute).split(path.sep).join('/');
}
