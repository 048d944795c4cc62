import speechData from './data/claim-speech.json' with { type: 'json' };

/** How a speech verb takes a that-clause: 'may-omit-that' ("said new mothers were …"), 'only-with-that' ("ruled that …"). */
export type ThatClause = 'may-omit-that' | 'only-with-that';

/** One speech verb of `data/claim-speech.json`. */
export interface SpeechVerb {
  /** The claim kind it signals; absent for verbs that only mark a speaker ("asked", "welcomed"). */
  kind?: string;
  thatClause?: ThatClause;
  /** The entity typing takes its subject or object for a speaker ("Kelder said", "said Kelder"). */
  namesSpeaker?: boolean;
}

type SpeechData = typeof speechData;

/** The claim rules' view of `data/claim-speech.json`: its lists, with the speech verbs grouped for them. */
export type ClaimSpeech = Omit<SpeechData, 'speechVerbs'> & {
  /** Claim kind → the verbs that signal it, in the file's order. */
  verbs: Record<string, string[]>;
  /** Verbs that take a clause without 'that' ("she said new mothers were …"). */
  clauseVerbs: string[];
  /** Verbs that report speech only with 'that' ("ruled that …", not "ruled the country"). */
  thatOnlyVerbs: string[];
};

const table = speechData.speechVerbs as Record<string, SpeechVerb>;

/** The speech verbs whose subject or object names a speaker, for the entity typing rules. */
export function speakerVerbs(): Set<string> {
  return new Set(Object.keys(table).filter((verb) => table[verb]!.namesSpeaker === true));
}

/** Groups the speech verbs of `data/claim-speech.json` the way the claim rules read them. */
export function claimSpeech(): ClaimSpeech {
  const { speechVerbs: _table, ...rest } = speechData;
  const verbs: Record<string, string[]> = {};
  const clauseVerbs: string[] = [];
  const thatOnlyVerbs: string[] = [];
  for (const [verb, entry] of Object.entries(table)) {
    if (entry.kind !== undefined) (verbs[entry.kind] ??= []).push(verb);
    if (entry.thatClause === 'may-omit-that') clauseVerbs.push(verb);
    if (entry.thatClause === 'only-with-that') thatOnlyVerbs.push(verb);
  }
  return { ...rest, verbs, clauseVerbs, thatOnlyVerbs };
}

/** {@link claimSpeech}, built once: read-only data for the claim rules. */
export const CLAIM_SPEECH: ClaimSpeech = claimSpeech();
