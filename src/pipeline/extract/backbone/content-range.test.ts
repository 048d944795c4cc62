import { describe, expect, it } from 'vitest';
import type { ParsedSentence } from '../../../nlp/index.js';
import { clauseJointCut, contentRange, withThatConjunct } from './content-range.js';
import { parseTree } from './parse-tree.js';

/** One hand-parsed sentence (CoreNLP's UD parse): words with their head and relation (head -1 for the root). */
type Word = [text: string, pos: string, head: number, rel: string];

function sentence(words: Word[]): { parsed: ParsedSentence; text: string } {
  let at = 0;
  const tokens = words.map(([text, pos], i) => {
    const token = { i, text, lemma: text.toLowerCase(), pos, ner: 'O', start: at, end: at + text.length };
    at += text.length + 1;
    return token;
  });
  const dependencies = words.map(([, , head, rel], i) => ({ rel, head, dependent: i }));
  return {
    parsed: { sentenceIndex: 0, tokens, dependencies, entities: [] },
    text: words.map((w) => w[0]).join(' '),
  };
}

const CLAUSE_JOINT = /,\s+(?:while|whereas|adding|stressing)\b|;/;
const never = () => false;

describe('content-range: a second that-clause of the verb', () => {
  // 'A spokeswoman confirmed Smith was in post and that he would stay .'
  const { parsed, text } = sentence([
    ['A', 'DT', 1, 'det'],
    ['spokeswoman', 'NN', 2, 'nsubj'],
    ['confirmed', 'VBD', -1, 'root'],
    ['Smith', 'NNP', 6, 'nsubj'],
    ['was', 'VBD', 6, 'cop'],
    ['in', 'IN', 6, 'case'],
    ['post', 'NN', 2, 'ccomp'],
    ['and', 'CC', 11, 'cc'],
    ['that', 'IN', 11, 'mark'],
    ['he', 'PRP', 11, 'nsubj'],
    ['would', 'MD', 11, 'aux'],
    ['stay', 'VB', 2, 'conj'],
    ['.', '.', 2, 'punct'],
  ]);
  it('joins the conjunct to the content', () => {
    const tree = parseTree(parsed);
    const range = withThatConjunct(tree, 2, 6, contentRange(never, tree, 6, new Set()));
    expect(range && text.slice(range.start, range.end)).toBe('Smith was in post and that he would stay');
  });
  it('keeps the content alone without a second that-clause', () => {
    const tree = parseTree({ ...parsed, dependencies: parsed.dependencies.filter((d) => d.rel !== 'mark') });
    const range = withThatConjunct(tree, 2, 6, contentRange(never, tree, 6, new Set()));
    expect(range && text.slice(range.start, range.end)).toBe('Smith was in post');
  });
});

describe('content-range: a clause joint ends the content', () => {
  it.each([
    ['the reform is legal , while stressing the aims', 'the reform is legal'],
    ['the reform is legal ; the rest is not', 'the reform is legal'],
    ['the reform is legal and fair', 'the reform is legal and fair'],
  ])('%j → %j', (text, want) => {
    const range = clauseJointCut(text, CLAUSE_JOINT, { start: 0, end: text.length });
    expect(range && text.slice(range.start, range.end).trim()).toBe(want);
  });
});
