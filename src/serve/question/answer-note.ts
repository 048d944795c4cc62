/** An event the question matched (or a suggestion), as cypher/query/who-claimed.cypher returns it. */
export interface EventMatchRow {
  event: { id: string; label: string };
  score: number;
  terms: { term: string; as: string; value: string }[];
  widened: boolean;
  claims: number;
}

/** What an event answer says about its matching, before the claims. */
export interface EventAnswerSummary {
  /** The actors and places the question named. */
  terms: { term: string; names: string[] }[];
  matched: EventMatchRow[];
  /** Words of the question that no candidate event holds. */
  missingWords: string[];
  suggestions: EventMatchRow[];
  total: number;
  note?: string;
}

const KIND_WORDS: Readonly<Record<string, string>> = {
  CREDIT: 'credit',
  RESPONSIBILITY: 'responsibility',
  DENIAL: 'denial',
};

function kindPhrase(kinds: readonly string[]): string {
  const words = kinds.map((kind) => KIND_WORDS[kind] ?? kind.toLowerCase());
  return words.length <= 1
    ? `${words[0] ?? 'any'} claims`
    : `${words.slice(0, -1).join(', ')} or ${words.at(-1)} claims`;
}

function labels(events: readonly EventMatchRow[], max = 3): string {
  const shown = events.slice(0, max).map((match) => `“${match.event.label}”`);
  const more = events.length > max ? ` and ${events.length - max} more` : '';
  return shown.join(', ') + more;
}

/**
 * One sentence a user can check the answer by: which events were matched (and whether the question was
 * widened), or why nothing was, and what is close.
 */
export function answerNote(summary: EventAnswerSummary, kinds: readonly string[]): string {
  const asked = kindPhrase(kinds);
  const suggest = summary.suggestions.length > 0 ? ` Closest events: ${labels(summary.suggestions, 5)}.` : '';
  if (summary.matched.length === 0) {
    const why =
      summary.missingWords.length > 0
        ? `no event holds ${summary.missingWords.map((word) => `“${word}”`).join(', ')}`
        : summary.terms.length > 0
          ? `no event involves ${summary.terms.map((term) => term.names[0] ?? term.term).join(' and ')} as the question asks`
          : 'no event matches the words';
    return `No event matches the question: ${why}.${suggest}`;
  }
  const exact = summary.matched.filter((match) => !match.widened);
  const widened = summary.matched.filter((match) => match.widened);
  const matchedPart =
    exact.length > 0 ? `Matched ${labels(exact)}` : 'No event of the type asked for matched';
  const widenedPart =
    widened.length > 0
      ? `; nobody made ${asked} about ${exact.length > 0 ? 'them' : 'one'}, so the question was widened to the same campaign at the same place: ${labels(widened)}`
      : '';
  if (summary.total === 0)
    return `${matchedPart}${widenedPart}. No ${asked} about ${summary.matched.length === 1 ? 'it' : 'them'}.${suggest}`;
  return `${matchedPart}${widenedPart}. ${summary.total} ${asked.replace(/ claims$/, '')} claim${summary.total === 1 ? '' : 's'}.`;
}
