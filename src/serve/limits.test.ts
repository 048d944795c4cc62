import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costQuestionLists, depthLimitRule, operationComplexity, QUESTION_LIST_ESTIMATE } from './limits.js';

const schema = buildSchema(`
  type Query { node: Node, nodes(limit: Int): [Node!]! }
  type Node { name: String, child: Node, children(limit: Int): [Node!]! }
`);

describe('depthLimitRule', () => {
  it('accepts a query as deep as the limit', () => {
    expect(validate(schema, parse('{ node { child { child { name } } } }'), [depthLimitRule(3)])).toEqual([]);
  });

  it('refuses a query deeper than the limit', () => {
    const errors = validate(schema, parse('{ node { child { child { child { name } } } } }'), [
      depthLimitRule(3),
    ]);
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/exceeds maximum operation depth/),
    ]);
  });

  it('does not count introspection', () => {
    const query = '{ __schema { types { fields { type { ofType { ofType { name } } } } } } }';
    expect(validate(schema, parse(query), [depthLimitRule(2)])).toEqual([]);
  });
});

describe('operationComplexity', () => {
  it('counts one per field', () => {
    expect(operationComplexity(schema, parse('{ node { name child { name } } }'))).toBe(4);
  });

  it('reads variables', () => {
    const query = parse('query ($n: Int) { nodes(limit: $n) { name } }');
    expect(operationComplexity(schema, query, { n: 10 })).toBe(2);
  });
});

describe('costQuestionLists', () => {
  it('costs a question list as a page of QUESTION_LIST_ESTIMATE items', () => {
    const questions = buildSchema(`
      type Query { answers(q: String): [Answer!]!, one: Answer }
      type Answer { text: String, more: [Answer!]! }
    `);
    costQuestionLists(questions, ['answers', 'one']);
    expect(operationComplexity(questions, parse('{ answers { text } }'))).toBe(
      1 + 1 * QUESTION_LIST_ESTIMATE,
    );
    expect(operationComplexity(questions, parse('{ one { text } }'))).toBe(2);
  });
});
