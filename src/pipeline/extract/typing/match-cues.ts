import cues from '../../../knowledge/data/sports-team-cues.json' with { type: 'json' };

const MATCH = cues.matchCues;

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[-\s]/g, (c) => (c === '-' ? '-' : '\\s+')))
    .join('|');
}

/** A score: "94-90", "2-1", "(3-3)"; four-digit years ("2004-05") are no score. */
const SCORE = /(?<![\d-])\(?\d{1,3}-\d{1,3}(?![\d%-])/;
const VERBS = alternation(MATCH.verbs);
/** "beat Wales 2-1", "defeated the United States 94-90": a match verb, a side, a score. */
const SUBJECT = new RegExp(
  `^\\s+(?:${VERBS})\\s+(?:the\\s+)?(?:[A-Z][\\w'.-]*\\s+){1,4}\\(?\\d{1,3}-\\d{1,3}(?![\\d-])`,
);
const OBJECT_BEFORE = new RegExp(`\\b(?:${VERBS})\\s+(?:the\\s+)?$`, 'i');
const OBJECT_AFTER = /^\s+\(?\d{1,3}-\d{1,3}(?![\d-])/;
const FIXTURE = new RegExp(
  `\\b(?:${alternation(MATCH.nouns)})\\s+(?:${alternation(MATCH.nounPrepositions)})\\.?\\s+(?:the\\s+)?$`,
  'i',
);
const WEAK_FIXTURE = new RegExp(
  `\\b(?:${alternation(MATCH.weakNouns)})\\s+(?:${alternation(MATCH.nounPrepositions)})\\.?\\s+(?:the\\s+)?$`,
  'i',
);
const RESULT = new RegExp(
  `\\b(?:${alternation(MATCH.results)})\\s+(?:${alternation(MATCH.resultPrepositions)})\\s+(?:the\\s+)?$`,
  'i',
);
const ROLE = new RegExp(`^(?:['’]s)?\\s+(?:${alternation(MATCH.roles)})\\b`, 'i');
const SPORTY_SENTENCE = new RegExp(`\\b(?:${alternation([...MATCH.sports, ...MATCH.nouns])})\\b`, 'i');

/** The sentence around `[start, end)`: from the last full stop before it to the next one after it. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start));
  const stop = text.slice(end).search(/[.!?](?:\s|$)/);
  return text.slice(from + 1, stop < 0 ? text.length : end + stop);
}

/** True when the sentence around `[start, end)` names a sport or a fixture ("a football match"). */
export function sportySentence(text: string, start: number, end: number): boolean {
  return SPORTY_SENTENCE.test(sentenceAround(text, start, end));
}

/** True when the article shows a score anywhere ("won 2-1", "94-90"). */
export function hasScore(text: string): boolean {
  return SCORE.test(text);
}

/**
 * True when the words of its own sentence make the country at `[start, end)` a side in a match, in
 * any article: a match verb and a score after it ("England beat Wales 2-1"), after a match verb and
 * before a score ("defeated the United States 94-90"), or after a fixture noun ("a football match
 * with Spain"). In a `sportyArticle` (a match report, or one with a score) or a sentence that names
 * a sport or a fixture, also a weaker fixture noun ("the game against Italy"), a result ("defeat to Ireland", "victory over
 * France") or a team role after it ("England players", "Scotland's back row").
 */
export function playsMatch(text: string, start: number, end: number, sportyArticle: boolean): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 80);
  if (SUBJECT.test(after)) return true;
  if (OBJECT_BEFORE.test(before) && OBJECT_AFTER.test(after)) return true;
  if (FIXTURE.test(before)) return true;
  if (!sportyArticle && !sportySentence(text, start, end)) return false;
  return WEAK_FIXTURE.test(before) || RESULT.test(before) || ROLE.test(after);
}
