import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineParser } from '../../tests/fixtures/line-parser.js';
import type { NlpClient } from '../nlp/index.js';
import { PROJECT_ROOT } from '../paths.js';
import { ingest } from './ingest.js';
import { textHash } from './load/index.js';
import { readSources } from './source/index.js';
import { shardOf } from './source/shard.js';
import { splitSentences } from './extract/split-sentences.js';
import { createExtractor } from './stages.js';

const INPUTS = [path.join(PROJECT_ROOT, 'seeds'), path.join(PROJECT_ROOT, 'tests', 'fixtures', 'answers')];

/** A stand-in for CoreNLP that keeps every line (one sentence) it is sent. */
function countingParser(sent: string[]): NlpClient {
  return lineParser({ onLine: (line) => sent.push(line) });
}

/** Each shard (of 2)'s sentences, as the parser is sent them (one line each). */
async function sentencesByShard(): Promise<Map<number, Set<string>>> {
  const byShard = new Map<number, Set<string>>([
    [1, new Set()],
    [2, new Set()],
  ]);
  for await (const item of readSources(INPUTS)) {
    if (!item.ok) continue;
    const k = shardOf(textHash(item.article.text), 2);
    for (const s of splitSentences(item.article.text)) byShard.get(k)!.add(s.text.replace(/[\r\n]/g, ' '));
  }
  return byShard;
}

async function sentToParser(shard?: { index: number; count: number }): Promise<string[]> {
  const sent: string[] = [];
  const extractor = createExtractor({ mode: 'backbone', nlp: countingParser(sent) });
  await ingest(INPUTS, { extractor }, shard ? { shard } : {});
  return sent;
}

// Each case ingests the seeds and fixtures (nine articles) without a database; loading the tables takes seconds.
describe('ingest --shard K/N in backbone mode', { timeout: 120_000 }, () => {
  it.each([1, 2])('sends the parser only the sentences of shard %i/2', async (index) => {
    const byShard = await sentencesByShard();
    const other = byShard.get(3 - index)!;
    const mine = byShard.get(index)!;
    const sent = await sentToParser({ index, count: 2 });
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((line) => other.has(line) && !mine.has(line))).toEqual([]);
  });

  it('sends the sentences of both shards in one run over the whole corpus', async () => {
    const byShard = await sentencesByShard();
    const sent = new Set(await sentToParser());
    for (const index of [1, 2]) {
      const onlyHere = [...byShard.get(index)!].filter((line) => !byShard.get(3 - index)!.has(line));
      expect(onlyHere.some((line) => sent.has(line))).toBe(true);
    }
  });

  it('parses between the two shards every sentence that one run over the whole corpus parses', async () => {
    const whole = await sentToParser();
    const shards = [
      ...(await sentToParser({ index: 1, count: 2 })),
      ...(await sentToParser({ index: 2, count: 2 })),
    ];
    expect([...new Set(shards)].sort()).toEqual([...new Set(whole)].sort());
  });
});
