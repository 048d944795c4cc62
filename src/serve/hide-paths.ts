import path from 'node:path';

const ABSOLUTE = /(?:file:\/\/)?(?<![\w.:/])\/(?:[\w@.+-]+\/)+([\w@.+-]+)/g;

/**
 * Replaces the server's absolute paths in a message or stack line: those under `root` become relative
 * (`./src/serve/…`), any other becomes `…/<file name>`. Nothing of the server's disk layout is left.
 */
export function hidePaths(text: string, root: string): string {
  const prefix = root.endsWith(path.sep) ? root : `${root}${path.sep}`;
  return text
    .split(`file://${prefix}`)
    .join('./')
    .split(prefix)
    .join('./')
    .replace(ABSOLUTE, (_whole, name: string) => `…/${name}`);
}
