/**
 * Builds the explorer page: bundles and minifies the script and styles with esbuild and writes
 * `index.html`, `app.js` and `app.css` into a folder the server serves at `/`, and the offline GraphQL
 * console (GraphiQL with React, its styles and fonts as files, no CDN) into `graphiql/` beside them, served
 * at `/graphiql/`.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'esbuild';
import { AppError } from '../errors.js';
import { extractInlineFonts } from './extract-inline-fonts.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Browsers the page supports: anything from the last few years (ES2020 modules). */
const TARGETS = ['es2020', 'chrome100', 'firefox100', 'safari15'];

/**
 * Bundles the explorer into `outDir` (created if missing; files there are overwritten). Never writes
 * into the source tree, so build output is never committed (use `dist/explore`).
 */
export async function buildExplorer(outDir: string): Promise<void> {
  const out = path.resolve(outDir);
  try {
    await mkdir(out, { recursive: true });
    await build({
      entryPoints: [
        { in: path.join(HERE, 'app', 'main.ts'), out: 'app' },
        { in: path.join(HERE, 'styles.css'), out: 'app' },
        { in: path.join(HERE, 'graphiql', 'graphiql-app.ts'), out: 'graphiql/graphiql' },
        { in: path.join(HERE, 'graphiql', 'graphiql.css'), out: 'graphiql/graphiql' },
      ],
      outdir: out,
      bundle: true,
      minify: true,
      format: 'esm',
      target: TARGETS,
      platform: 'browser',
      legalComments: 'linked',
      sourcemap: 'linked',
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    await copyFile(path.join(HERE, 'index.html'), path.join(out, 'index.html'));
    await mkdir(path.join(out, 'graphiql'), { recursive: true });
    await extractInlineFonts(path.join(out, 'graphiql', 'graphiql.css'));
    await copyFile(path.join(HERE, 'graphiql', 'index.html'), path.join(out, 'graphiql', 'index.html'));
  } catch (error) {
    throw new AppError(
      'INTERNAL',
      `Building the explorer page into ${out} failed; run \`npx tsc --noEmit -p .\` to see what broke.`,
      { cause: error },
    );
  }
}
