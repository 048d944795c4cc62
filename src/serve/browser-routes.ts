import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Router, type Request, type Response } from 'express';
import { PROJECT_ROOT } from '../db/index.js';
import { readBrowserGuide, renderBrowserGuide } from './browser-guide.js';

/** The grass style sheet Neo4j Browser loads on connect (`browser.post_connect_cmd=style <url>`). */
export const BROWSER_STYLE_FILE = path.join(PROJECT_ROOT, 'cypher', 'browser', 'style.grass');

/**
 * Serves what Neo4j Browser fetches from the API server, to any origin: the style at `/style.grass` and the
 * guide to the named queries at `/browser-guide.html` (`:play http://localhost:4000/browser-guide.html`). Neo4j Browser runs on the database's
 * HTTP port, another origin than the API, so its `style <url>` command fetches the file cross-origin:
 * without `Access-Control-Allow-Origin` (and an answer to the preflight `OPTIONS`) it fails with
 * "InvalidGrassError: Failed to fetch". The file is public and carries no credentials, hence `*`; the
 * preflight allows the headers the Browser asks for (it adds tracing headers such as `sentry-trace`).
 */
export function browserRoutes(styleFile: string = BROWSER_STYLE_FILE): Router {
  const router = Router();
  const cors = (req: Request, res: Response): void => {
    res.set('Access-Control-Allow-Origin', '*');
    res.set('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
    const asked = req.get('Access-Control-Request-Headers');
    // Header names only (tokens): never echo anything else back.
    const headers = asked && /^[\w\s,-]+$/.test(asked) ? asked : 'Content-Type, Accept';
    res.set('Access-Control-Allow-Headers', headers);
    res.set('Access-Control-Max-Age', '600');
    res.vary('Access-Control-Request-Headers');
  };
  router.options(['/style.grass', '/browser-guide.html'], (req: Request, res: Response) => {
    cors(req, res);
    res.status(204).end();
  });
  router.get('/style.grass', async (req: Request, res: Response) => {
    cors(req, res);
    try {
      const grass = await readFile(styleFile, 'utf8');
      res.type('text/plain; charset=utf-8').set('Cache-Control', 'no-cache').send(grass);
    } catch {
      res.status(404).type('text/plain').send(`No Browser style at ${styleFile}.`);
    }
  });
  router.get('/browser-guide.html', async (req: Request, res: Response) => {
    cors(req, res);
    try {
      res
        .type('html')
        .set('Cache-Control', 'no-cache')
        .send(renderBrowserGuide(await readBrowserGuide()));
    } catch {
      res
        .status(500)
        .type('text/plain')
        .send('The Browser guide could not be built; check cypher/browser/guide.json.');
    }
  });
  return router;
}
