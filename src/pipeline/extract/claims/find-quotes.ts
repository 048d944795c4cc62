/** A quotation in the article text. Offsets are of the words inside the marks. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** First character inside the marks. */
  start: number;
  /** End of the words inside the marks (exclusive). */
  end: number;
  /** Offset just after the closing mark (equals `end` when a new quote opened before one closed). */
  close: number;
}

const CURLY_OPEN = new Set(['“', '«', '„']);
const CURLY_CLOSE = new Set(['”', '»']);
const MAX_QUOTE = 2500;

function straightOpens(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? ' ';
  return /[\s([{—–:-]/.test(before) && !/\s/.test(after);
}

function straightCloses(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  return !/\s/.test(before);
}

/**
 * Finds quotations marked with curly (“ ”), straight (") or guillemet (« ») quotes. Straight quotes
 * are told apart by the space before an opening mark; a new opening mark inside an open quote ends
 * it there (news copy often leaves a paragraph's quote unclosed when the next one continues it).
 * A quote that runs across a blank line or past 2,500 characters is dropped.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open >= 0 && (i - open > MAX_QUOTE || (ch === '\n' && text[i + 1] === '\n'))) {
      open = -1;
    }
    const isStraight = ch === '"';
    if (open < 0) {
      if (CURLY_OPEN.has(ch) || (isStraight && straightOpens(text, i))) open = i;
      continue;
    }
    if (CURLY_CLOSE.has(ch) || (isStraight && straightCloses(text, i))) {
      quotes.push({ open, start: open + 1, end: i, close: i + 1 });
      open = -1;
    } else if (CURLY_OPEN.has(ch) || (isStraight && straightOpens(text, i))) {
      const end = text.slice(0, i).trimEnd().length;
      if (end > open + 1) quotes.push({ open, start: open + 1, end, close: end });
      open = i;
    }
  }
  return quotes.filter((q) => q.end > q.start);
}
