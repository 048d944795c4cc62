/**
 * The CoreNLP properties every request carries, and a started server preloads with (so the first request
 * finds its annotators loaded): JSON out, one sentence per line in (the sentences are ours), and NER with
 * the CoNLL 4-class model alone (PERSON, ORGANIZATION, LOCATION, MISC: what the typing rules read),
 * without SUTime, numeric classifiers or the fine-grained regexner pass. Measured on BBC articles, the
 * default three-model NER cost about 7 times the 4-class model alone (see docs/backbone.md).
 */
/** The CoNLL 2003 4-class English NER model shipped in the models jar. */
export const NER_MODEL = 'edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz';

/**
 * The dependency parser that gives the basic tree alone (src/nlp/java/BasicDependencyParseAnnotator.java):
 * the model and the parse of `depparse`, without the four other graphs `depparse` builds from every parse.
 * Only a server started here has the class; servers named in CORENLP_URL get the stock `depparse`.
 */
export const BASIC_PARSER = 'basicdepparse';
const BASIC_PARSER_CLASS = 'local.palmyra.nlp.BasicDependencyParseAnnotator';

const PARSERS = new Set(['depparse', BASIC_PARSER, 'coref']);

/** The annotators without the dependency parser: for sentences that need names only. */
export function withoutParser(annotators: string): string {
  return annotators
    .split(',')
    .filter((a) => !PARSERS.has(a.trim()))
    .join(',');
}

/** The annotators with `depparse` replaced by the basic-tree parser, for a server started here. */
export function withBasicParser(annotators: string): string {
  return annotators
    .split(',')
    .map((a) => (a.trim() === 'depparse' ? BASIC_PARSER : a.trim()))
    .join(',');
}

export function coreNlpProperties(annotators: string, timeoutMs: number): Record<string, string> {
  return {
    annotators,
    outputFormat: 'json',
    'output.prettyPrint': 'false',
    'ssplit.eolonly': 'true',
    'tokenize.language': 'en',
    'ner.applyFineGrained': 'false',
    'ner.useSUTime': 'false',
    'ner.applyNumericClassifiers': 'false',
    'ner.model': NER_MODEL,
    'ner.combinationMode': 'NORMAL',
    'ner.buildEntityMentions': 'true',
    ...(annotators.split(',').some((a) => a.trim() === BASIC_PARSER)
      ? { [`customAnnotatorClass.${BASIC_PARSER}`]: BASIC_PARSER_CLASS }
      : {}),
    timeout: String(timeoutMs),
  };
}
