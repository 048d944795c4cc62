import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const INLINE_FONT = /url\((["']?)data:font\/(woff2?|ttf|otf);base64,([A-Za-z0-9+/=]+)\1\)/g;

/**
 * Moves the fonts a bundled style sheet carries as `data:` URLs (GraphiQL's do) into files beside it
 * (`fonts/<hash>.<ext>`) and points the sheet at them, so the page's fonts come from this server and
 * the Content-Security-Policy can keep `font-src 'self'`. Returns how many fonts were moved.
 */
export async function extractInlineFonts(cssFile: string): Promise<number> {
  const css = await readFile(cssFile, 'utf8');
  const dir = path.join(path.dirname(cssFile), 'fonts');
  const fonts = new Map<string, Buffer>();
  const rewritten = css.replace(INLINE_FONT, (_match, _quote: string, ext: string, data: string) => {
    const bytes = Buffer.from(data, 'base64');
    const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${ext}`;
    fonts.set(name, bytes);
    return `url(fonts/${name})`;
  });
  if (fonts.size === 0) return 0;
  await mkdir(dir, { recursive: true });
  for (const [name, bytes] of fonts) await writeFile(path.join(dir, name), bytes);
  await writeFile(cssFile, rewritten);
  return fonts.size;
}
