/**
 * Compares the entity candidate generators (the extractor's own capitalised-span rules, compromise,
 * wink-nlp) on the gold annotations: entity precision / recall / F1 (type-aware and names only) and
 * time per article. Run by hand: `npx tsx bench/compare-approaches.ts [--verbose]`.
 * The winner is `DEFAULT_ENTITY_APPROACH` in find-mentions.ts.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleDoc, ArticleGraph } from '../src/domain.js';
import { parseGold, prf, scoreArticle, scoreCorpus } from '../src/eval/index.js';
import type { ArticleScore } from '../src/eval/index.js';
import { readSources } from '../src/pipeline/source/index.js';
import { createResolveState, resolveArticle } from '../src/pipeline/resolve/index.js';
import {
  entityExtractorName,
  EXTRACTOR_VERSION,
  findMentions,
  splitSentences,
  type EntityApproach,
} from '../src/pipeline/extract/index.js';
import { loadGazetteer, loadKnowledge } from '../src/knowledge/index.js';

const APPROACHES: EntityApproach[] = ['rules', 'compromise', 'wink'];

async function readArticle(file: string): Promise<ArticleDoc> {
  for await (const item of readSources([file])) {
    if (item.ok) return item.article;
    throw new Error(`${file}: ${item.reason}`);
  }
  throw new Error(`${file}: not found`);
}

/** Entities only: the graph that scoring's entity rows look at. */
function entityGraph(article: ArticleDoc, approach: EntityApproach): ArticleGraph {
  const sentences = splitSentences(article.text);
  const mentions = findMentions(article, sentences, { approach });
  const resolved = resolveArticle(article, mentions, {
    state: createResolveState(),
    extractorVersion: EXTRACTOR_VERSION,
    extractor: entityExtractorName(approach),
  });
  return {
    article,
    actors: resolved.actors,
    places: resolved.places,
    mentions: resolved.mentions,
    events: [],
    eventReports: [],
    claims: [],
    claimReports: [],
  };
}

function fmt(value: number | null): string {
  return value === null ? '  –  ' : value.toFixed(3);
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const goldDir = 'tests/gold';
  const files = (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort();
  const golds = await Promise.all(
    files.map(async (f) =>
      parseGold(JSON.parse(await readFile(path.join(goldDir, f), 'utf8')) as unknown, f),
    ),
  );
  const articles = await Promise.all(golds.map((g) => readArticle(path.join('seeds', g.article))));
  // warm up the shared tables so the first approach is not charged for loading them
  loadKnowledge();
  loadGazetteer();

  console.log(
    `approach     entities P / R / F1          names-only P / R / F1        typing acc   ms/article`,
  );
  for (const approach of APPROACHES) {
    entityGraph(articles[0]!, approach); // warm up the library
    const started = performance.now();
    const scores: ArticleScore[] = articles.map((article, i) =>
      scoreArticle(golds[i]!, entityGraph(article, approach)),
    );
    const ms = (performance.now() - started) / articles.length;
    const total = scoreCorpus(scores).total;
    const typed = prf(total.entities);
    const any = prf(total['entities-any-type']);
    const typing = prf(total['entity-typing']);
    console.log(
      `${approach.padEnd(12)} ${fmt(typed.precision)} / ${fmt(typed.recall)} / ${fmt(typed.f1)}    ` +
        `${fmt(any.precision)} / ${fmt(any.recall)} / ${fmt(any.f1)}    ${fmt(typing.f1)}       ${ms.toFixed(1)}`,
    );
    if (verbose) {
      for (const score of scores) {
        for (const issue of score.issues.filter((i) => i.row === 'entities')) {
          console.log(`   ${score.article.slice(0, 3)} ${issue.kind} ${issue.text}`);
        }
      }
    }
  }
}

await main();
