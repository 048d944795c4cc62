import { AppError } from '../errors.js';
import { failureOf, type NlpClient } from './corenlp-client.js';
import type { CoreNlpDocument, CoreNlpSentence } from './corenlp-json.js';
import { withoutParser } from './corenlp-properties.js';
import type { ParseCache } from './parse-cache.js';
import type { ParsedSentence } from './parsed-sentence.js';
import {
  DEFAULT_GUARD_LIMITS,
  guardSentence,
  type FallbackReason,
  type GuardLimits,
} from './sentence-guard.js';

/** A sentence of an article to be parsed: its index in the article, its start offset, and its text. */
export interface SentenceToParse {
  index: number;
  start: number;
  text: string;
  /** Names only: tagged and NER'd, not parsed (cheaper by most of the cost). */
  namesOnly?: boolean;
}

/** A sentence that the rules handle alone, and why. */
export interface SentenceFallback {
  sentenceIndex: number;
  reason: FallbackReason;
}

export interface ParseOutcome {
  parsed: Map<number, ParsedSentence>;
  fallbacks: SentenceFallback[];
  /** Requests sent (a chunk, or a sentence retried alone). */
  requests: number;
}

export interface ParseOptions {
  limits?: GuardLimits;
  /** Largest chunk sent in one request, in characters; chunks of one article go out in parallel. */
  chunkChars?: number;
  /** The annotators for `namesOnly` sentences (default: the client's own minus the parser). */
  namesOnlyAnnotators?: string;
  /** Readings of sentences sent before in this run: those are not sent again. */
  cache?: ParseCache;
}

/** Line breaks inside our sentences would split them again (`ssplit.eolonly`); a space keeps the offsets. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]/g, ' ');
}

function toParsed(sentence: CoreNlpSentence, ours: SentenceToParse, lineStart: number): ParsedSentence {
  const shift = ours.start - lineStart;
  const first = sentence.tokens[0]?.index ?? 1;
  return {
    sentenceIndex: ours.index,
    tokens: sentence.tokens.map((t, i) => ({
      i,
      text: t.originalText || t.word,
      lemma: t.lemma ?? t.word.toLowerCase(),
      pos: t.pos ?? '',
      ner: t.ner ?? 'O',
      start: t.characterOffsetBegin + shift,
      end: t.characterOffsetEnd + shift,
    })),
    dependencies: (sentence.basicDependencies ?? []).map((d) => ({
      rel: d.dep,
      head: d.governor === 0 ? -1 : d.governor - first,
      dependent: d.dependent - first,
    })),
    entities: (sentence.entitymentions ?? []).map((e) => ({
      text: e.text,
      ner: e.ner,
      start: e.characterOffsetBegin + shift,
      end: e.characterOffsetEnd + shift,
      tokenStart: e.tokenBegin,
      tokenEnd: e.tokenEnd,
    })),
  };
}

/** Maps CoreNLP's sentences of one request back to ours, by the line each one starts on. */
function assign(doc: CoreNlpDocument, chunk: SentenceToParse[], lineStarts: number[]): ParsedSentence[] {
  const out: ParsedSentence[] = [];
  for (const sentence of doc.sentences) {
    const begin = sentence.tokens[0]?.characterOffsetBegin;
    if (begin === undefined) continue;
    let line = lineStarts.length - 1;
    while (line > 0 && (lineStarts[line] as number) > begin) line -= 1;
    const ours = chunk[line];
    // eolonly gives one CoreNLP sentence per line; a second one on a line would be a tokenizer surprise, dropped.
    if (ours && !out.some((p) => p.sentenceIndex === ours.index)) {
      out.push(toParsed(sentence, ours, lineStarts[line] as number));
    }
  }
  return out;
}

function chunks(sentences: SentenceToParse[], maxChars: number): SentenceToParse[][] {
  const out: SentenceToParse[][] = [];
  let current: SentenceToParse[] = [];
  let size = 0;
  for (const s of sentences) {
    if (current.length > 0 && size + s.text.length > maxChars) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(s);
    size += s.text.length + 1;
  }
  if (current.length > 0) out.push(current);
  return out;
}

async function annotateChunk(
  nlp: NlpClient,
  chunk: SentenceToParse[],
  namesOnlyAnnotators: string | undefined,
): Promise<ParsedSentence[]> {
  const lineStarts: number[] = [];
  let text = '';
  for (const s of chunk) {
    lineStarts.push(text.length);
    text += `${oneLine(s.text)}\n`;
  }
  const light = chunk[0]?.namesOnly === true && namesOnlyAnnotators !== undefined;
  return assign(
    await nlp.annotate(text, light ? { annotators: namesOnlyAnnotators } : {}),
    chunk,
    lineStarts,
  );
}

function reasonOf(error: unknown): FallbackReason {
  if (error instanceof AppError && error.code === 'NLP_UNAVAILABLE') return 'unavailable';
  const failure = failureOf(error);
  return failure === 'timeout' ? 'timeout' : failure === 'rejected' ? 'rejected' : 'unavailable';
}

/**
 * Parses sentences with the backbone. Sentences the guard refuses (too long, odd characters), and those
 * whose request times out or is refused even when retried alone, are returned as fallbacks for the rules;
 * nothing throws for a sentence. Chunks of one call are sent in parallel.
 */
export async function parseSentences(
  nlp: NlpClient,
  sentences: SentenceToParse[],
  options: ParseOptions = {},
): Promise<ParseOutcome> {
  const limits = options.limits ?? DEFAULT_GUARD_LIMITS;
  const parsed = new Map<number, ParsedSentence>();
  const fallbacks: SentenceFallback[] = [];
  const sendable: SentenceToParse[] = [];
  const cache = options.cache;
  for (const s of sentences) {
    const reason = guardSentence(s.text, limits);
    if (reason) {
      fallbacks.push({ sentenceIndex: s.index, reason });
      continue;
    }
    if (s.text.trim() === '') continue;
    const known = cache?.get(s, s.index);
    if (known) parsed.set(s.index, known);
    else sendable.push(s);
  }
  const byIndex = new Map(sendable.map((s) => [s.index, s]));
  let requests = 0;
  const keep = (list: ParsedSentence[]) => {
    for (const p of list) {
      parsed.set(p.sentenceIndex, p);
      const ours = byIndex.get(p.sentenceIndex);
      if (ours) cache?.set(ours, p);
    }
  };
  const size = options.chunkChars ?? 1500;
  const light = options.namesOnlyAnnotators ?? withoutParser(nlp.annotators);
  const groups = light
    ? [
        ...chunks(
          sendable.filter((s) => !s.namesOnly),
          size,
        ),
        ...chunks(
          sendable.filter((s) => s.namesOnly),
          size,
        ),
      ]
    : chunks(sendable, size);
  await Promise.all(
    groups.map(async (chunk) => {
      requests += 1;
      try {
        keep(await annotateChunk(nlp, chunk, light));
      } catch (error) {
        const reason = reasonOf(error);
        if (reason === 'unavailable' || chunk.length === 1) {
          for (const s of chunk) fallbacks.push({ sentenceIndex: s.index, reason });
          return;
        }
        // One bad sentence should not cost its neighbours: retry each alone.
        for (const s of chunk) {
          requests += 1;
          try {
            keep(await annotateChunk(nlp, [s], light));
          } catch (single) {
            fallbacks.push({ sentenceIndex: s.index, reason: reasonOf(single) });
          }
        }
      }
    }),
  );
  for (const s of sendable) {
    if (!parsed.has(s.index) && !fallbacks.some((f) => f.sentenceIndex === s.index)) {
      fallbacks.push({ sentenceIndex: s.index, reason: 'rejected' });
    }
  }
  fallbacks.sort((a, b) => a.sentenceIndex - b.sentenceIndex);
  return { parsed, fallbacks, requests };
}
