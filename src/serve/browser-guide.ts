import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { namedQueryText, PROJECT_ROOT } from '../db/index.js';
import { AppError } from '../errors.js';

/** The guide's slides: data, in cypher/browser/guide.json. */
export const BROWSER_GUIDE_FILE = path.join(PROJECT_ROOT, 'cypher', 'browser', 'guide.json');

/** One slide: a named query, what it answers, and the `:param` commands that set its parameters. */
export interface GuideSlide {
  query: string;
  title: string;
  text: string;
  params: string[];
}

export interface BrowserGuide {
  title: string;
  intro: string;
  slides: GuideSlide[];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Reads the guide's slides from `file`. */
export async function readBrowserGuide(file: string = BROWSER_GUIDE_FILE): Promise<BrowserGuide> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as BrowserGuide;
  } catch (cause) {
    throw new AppError('CONFIG_INVALID', `${file} is missing or not JSON; restore it from git.`, { cause });
  }
}

/**
 * Renders the guide as Neo4j Browser's guide HTML (`:play <url>`): a carousel with one slide per named query,
 * each with a runnable `:param` block and the query's text from cypher/query/ (comments removed).
 */
export function renderBrowserGuide(guide: BrowserGuide): string {
  const slides = guide.slides.map((slide) => {
    const cypher = namedQueryText(`query/${slide.query}`)
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n')
      .trim();
    return `
  <slide class="row-fluid">
    <div class="col-sm-12">
      <h3>${escapeHtml(slide.title)}</h3>
      <p>${escapeHtml(slide.text)} <code>cypher/query/${escapeHtml(slide.query)}.cypher</code></p>
      <pre class="pre-scrollable code runnable" data-query="query/${escapeHtml(slide.query)}" data-role="params">${escapeHtml(slide.params.join('\n'))}</pre>
      <pre class="pre-scrollable code runnable" data-query="query/${escapeHtml(slide.query)}" data-role="query">${escapeHtml(cypher)}</pre>
    </div>
  </slide>`;
  });
  return `<article class="guide">
 <carousel class="deck container-fluid">
  <slide class="row-fluid">
    <div class="col-sm-12">
      <h3>${escapeHtml(guide.title)}</h3>
      <p>${escapeHtml(guide.intro)}</p>
    </div>
  </slide>${slides.join('')}
 </carousel>
</article>
`;
}
