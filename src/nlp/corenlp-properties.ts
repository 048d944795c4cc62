/**
 * The CoreNLP properties every request carries, and a started server preloads with (so the first request
 * finds its annotators loaded): JSON out, one sentence per line in (the sentences are ours), the coarse
 * 3/4-class NER without SUTime or the fine-grained regexner pass (measured cheaper, and what the typing
 * rules read).
 */
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
    'ner.buildEntityMentions': 'true',
    timeout: String(timeoutMs),
  };
}
