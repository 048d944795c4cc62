import { describe, expect, it } from 'vitest';
import { coreNlpProperties, withBasicParser, withoutParser } from './corenlp-properties.js';

const FULL = 'tokenize,ssplit,pos,lemma,ner,depparse';

describe('the annotators sent', () => {
  it.each([
    [FULL, 'tokenize,ssplit,pos,lemma,ner'],
    ['tokenize,ssplit,pos,lemma,ner,basicdepparse', 'tokenize,ssplit,pos,lemma,ner'],
    ['tokenize,ssplit,pos,lemma,ner,depparse,coref', 'tokenize,ssplit,pos,lemma,ner'],
  ])('names only: %s → %s', (annotators, light) => {
    expect(withoutParser(annotators)).toBe(light);
  });

  it('gives a server started here the basic-tree parser in the place of depparse', () => {
    expect(withBasicParser(FULL)).toBe('tokenize,ssplit,pos,lemma,ner,basicdepparse');
    expect(withBasicParser('tokenize,ssplit,pos')).toBe('tokenize,ssplit,pos');
  });

  it('names the class of the basic-tree parser only when it is asked for', () => {
    const key = 'customAnnotatorClass.basicdepparse';
    expect(coreNlpProperties(withBasicParser(FULL), 1000)[key]).toBe(
      'local.palmyra.nlp.BasicDependencyParseAnnotator',
    );
    // A stock CoreNLP server (CORENLP_URL) is never told of a class it does not have.
    expect(coreNlpProperties(FULL, 1000)).not.toHaveProperty(key);
  });
});
