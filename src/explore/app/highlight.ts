/** One piece of text to render, marked when it falls inside a highlighted range. */
export interface Segment {
  text: string;
  /** `sentence` = the reporting sentence, `span` = the fact itself (quote, name, trigger word). */
  mark: 'none' | 'sentence' | 'span';
}

/** Where, in an article's text, a fact was read (the API's evidence properties). */
export interface EvidenceOffsets {
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  start: number;
  end: number;
}

/** Evidence as the API may give it: any field can be missing on older data. */
export interface PartialEvidence {
  sentence?: string | null;
  sentenceStart?: number | null;
  sentenceEnd?: number | null;
  start?: number | null;
  end?: number | null;
}

/** The offsets when all are present, else undefined (the page then shows the sentence, or nothing, unmarked). */
export function completeEvidence(evidence: PartialEvidence | undefined): EvidenceOffsets | undefined {
  if (!evidence) return undefined;
  const { sentence, sentenceStart, sentenceEnd, start, end } = evidence;
  if (
    typeof sentence !== 'string' ||
    sentenceStart == null ||
    sentenceEnd == null ||
    start == null ||
    end == null
  ) {
    return undefined;
  }
  return { sentence, sentenceStart, sentenceEnd, start, end };
}

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), high);

/**
 * Splits a reporting sentence into plain and highlighted segments, using the evidence offsets (UTF-16
 * indices into the article text, end exclusive). Offsets outside the sentence are clamped, so bad data
 * never throws; if the span is empty the sentence is returned whole and unmarked.
 */
export function sentenceSegments(evidence: EvidenceOffsets): Segment[] {
  const { sentence, sentenceStart } = evidence;
  const from = clamp(evidence.start - sentenceStart, 0, sentence.length);
  const to = clamp(evidence.end - sentenceStart, from, sentence.length);
  if (to <= from) return [{ text: sentence, mark: 'none' }];
  return [
    { text: sentence.slice(0, from), mark: 'none' as const },
    { text: sentence.slice(from, to), mark: 'span' as const },
    { text: sentence.slice(to), mark: 'none' as const },
  ].filter((segment) => segment.text.length > 0);
}

/**
 * The sentence in its place in the article: up to `context` characters either side (cut at whitespace),
 * the sentence marked, and the fact's span marked inside it.
 */
export function articleSegments(articleText: string, evidence: EvidenceOffsets, context = 280): Segment[] {
  const sentenceFrom = clamp(evidence.sentenceStart, 0, articleText.length);
  const sentenceTo = clamp(evidence.sentenceEnd, sentenceFrom, articleText.length);
  const spanFrom = clamp(evidence.start, sentenceFrom, sentenceTo);
  const spanTo = clamp(evidence.end, spanFrom, sentenceTo);

  let before = articleText.slice(Math.max(0, sentenceFrom - context), sentenceFrom);
  if (sentenceFrom - context > 0) before = `…${before.replace(/^\S*\s/, '')}`;
  let after = articleText.slice(sentenceTo, sentenceTo + context);
  if (sentenceTo + context < articleText.length) after = `${after.replace(/\s\S*$/, '')}…`;

  const segments: Segment[] = [
    { text: before, mark: 'none' },
    { text: articleText.slice(sentenceFrom, spanFrom), mark: 'sentence' },
    { text: articleText.slice(spanFrom, spanTo), mark: 'span' },
    { text: articleText.slice(spanTo, sentenceTo), mark: 'sentence' },
    { text: after, mark: 'none' },
  ];
  return segments.filter((segment) => segment.text.length > 0);
}
