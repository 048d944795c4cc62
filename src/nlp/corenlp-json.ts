/** The parts of CoreNLP's JSON output (`outputFormat=json`) that are read. Offsets are UTF-16, like JS. */
export interface CoreNlpToken {
  index: number;
  word: string;
  originalText: string;
  lemma?: string;
  pos?: string;
  ner?: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
}

/** One typed dependency; `governor` 0 is the root, tokens count from 1. */
export interface CoreNlpDependency {
  dep: string;
  governor: number;
  dependent: number;
}

export interface CoreNlpEntityMention {
  tokenBegin: number;
  tokenEnd: number;
  text: string;
  ner: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
}

export interface CoreNlpSentence {
  index: number;
  tokens: CoreNlpToken[];
  basicDependencies?: CoreNlpDependency[];
  enhancedPlusPlusDependencies?: CoreNlpDependency[];
  entitymentions?: CoreNlpEntityMention[];
}

export interface CoreNlpDocument {
  sentences: CoreNlpSentence[];
}
