/** One token of a parsed sentence; offsets are UTF-16 indices into the article text, end exclusive. */
export interface ParsedToken {
  /** 0-based position in the sentence. */
  i: number;
  text: string;
  lemma: string;
  /** Penn Treebank tag (NNP, VBD …). */
  pos: string;
  /** CoreNLP's coarse NER class (PERSON, ORGANIZATION, LOCATION, MISC …) or 'O'. */
  ner: string;
  start: number;
  end: number;
}

/** One Universal Dependencies relation; `head` is -1 for the root. */
export interface ParsedDependency {
  rel: string;
  head: number;
  dependent: number;
}

/** A named-entity span as CoreNLP found it. */
export interface ParsedEntity {
  text: string;
  ner: string;
  start: number;
  end: number;
  /** Token range, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
}

/** The backbone's analysis of one of our sentences. */
export interface ParsedSentence {
  /** The index of the sentence in the article (ours, not CoreNLP's). */
  sentenceIndex: number;
  tokens: ParsedToken[];
  /** Basic dependencies (a tree). */
  dependencies: ParsedDependency[];
  entities: ParsedEntity[];
}
