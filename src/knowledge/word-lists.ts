import nameData from './data/name-words.json' with { type: 'json' };
import sentenceData from './data/sentence-words.json' with { type: 'json' };
import tagData from './data/word-class-tags.json' with { type: 'json' };

/** Words and marks for splitting sentences and reading headings (`data/sentence-words.json`). */
export interface SentenceWords {
  /** Abbreviations that never end a sentence ("Mr.", "km."). */
  neverFinalAbbreviations: ReadonlySet<string>;
  /** Month abbreviations: not a sentence end when a day or year follows ("Jan. 5"). */
  monthAbbreviations: ReadonlySet<string>;
  /** Words that show a new sentence after an abbreviation that may end one ("U.S. The …"). */
  sentenceOpeners: ReadonlySet<string>;
  closingMarks: ReadonlySet<string>;
  openingMarks: ReadonlySet<string>;
  terminalMarks: ReadonlySet<string>;
  /** Marks after which a capital proves nothing (an opening quote, a colon). */
  capitalNeutralOpeners: ReadonlySet<string>;
  /** Words that title case leaves lower-case ("of", "the"). */
  headingShortWords: ReadonlySet<string>;
}

/** Words inside proper names (`data/name-words.json`). */
export interface NameWords {
  /** Lower-case words that may sit between the capitalised words of a name ("Temple of Bel"). */
  nameConnectors: ReadonlySet<string>;
  /** Words an acronym leaves out ("Syrian Observatory for Human Rights" → SOHR). */
  initialsSkipWords: ReadonlySet<string>;
  /** A lower-case particle joined to a capitalised name: "al-Assad", "O'Brien" (`^particle[-'’]Capital`). */
  particlePrefix: RegExp;
  /** The particle before a surname, to be dropped: "al-" of "al-Assad" (`^particle-`, any case). */
  surnamePrefix: RegExp;
  /** A particle alone that continues a name ("al" in "al / - / Assad"), any case. */
  joiningParticle: RegExp;
}

/** The compromise lexicon tags behind each word class (`data/word-class-tags.json`). */
export interface WordClassTags {
  givenName: ReadonlySet<string>;
  surname: ReadonlySet<string>;
  adjective: ReadonlySet<string>;
  common: ReadonlySet<string>;
}

/** The closed word lists the extract and resolve stages read, each from its data file. */
export interface WordLists {
  sentence: SentenceWords;
  name: NameWords;
  wordClassTags: WordClassTags;
}

/** Builds the word lists from their data files (small; cheap to build). */
export function loadWordLists(): WordLists {
  return {
    sentence: {
      neverFinalAbbreviations: new Set(sentenceData.neverFinalAbbreviations),
      monthAbbreviations: new Set(sentenceData.monthAbbreviations),
      sentenceOpeners: new Set(sentenceData.sentenceOpeners),
      closingMarks: new Set(sentenceData.closingMarks),
      openingMarks: new Set(sentenceData.openingMarks),
      terminalMarks: new Set(sentenceData.terminalMarks),
      capitalNeutralOpeners: new Set(sentenceData.capitalNeutralOpeners),
      headingShortWords: new Set(sentenceData.headingShortWords),
    },
    name: {
      nameConnectors: new Set(nameData.nameConnectors),
      initialsSkipWords: new Set(nameData.initialsSkipWords),
      particlePrefix: new RegExp(`^(?:${nameData.particlePrefixes.join('|')})[-'’]\\p{Lu}`, 'u'),
      surnamePrefix: new RegExp(`^(?:${nameData.surnamePrefixes.join('|')})-`, 'i'),
      joiningParticle: new RegExp(`^(?:${nameData.joiningParticles.join('|')})$`, 'i'),
    },
    wordClassTags: {
      givenName: new Set(tagData.givenNameTags),
      surname: new Set(tagData.surnameTags),
      adjective: new Set(tagData.adjectiveTags),
      common: new Set(tagData.commonTags),
    },
  };
}
