// Migrates whole numbers that earlier loaders stored as FLOAT (600.0) to INTEGER, at every start.
// Idempotent: only FLOAT values are touched, so a migrated graph costs one scan and no writes.
MATCH (a:Article) WHERE a.wordCount IS :: FLOAT NOT NULL
CALL (a) { SET a.wordCount = toInteger(a.wordCount) } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:MENTIONED_IN|PARTICIPATED_IN|REPORTED_BY]->()
WHERE r.start IS :: FLOAT NOT NULL OR r.end IS :: FLOAT NOT NULL OR r.sentenceIndex IS :: FLOAT NOT NULL
   OR r.sentenceStart IS :: FLOAT NOT NULL OR r.sentenceEnd IS :: FLOAT NOT NULL
CALL (r) {
  SET r.start = toInteger(r.start), r.end = toInteger(r.end), r.sentenceIndex = toInteger(r.sentenceIndex),
      r.sentenceStart = toInteger(r.sentenceStart), r.sentenceEnd = toInteger(r.sentenceEnd)
} IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:REPORTED_BY]->() WHERE r.monthOfYear IS :: FLOAT NOT NULL
CALL (r) { SET r.monthOfYear = toInteger(r.monthOfYear) } IN TRANSACTIONS OF 10000 ROWS;
