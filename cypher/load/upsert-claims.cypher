// One node per claim (claimant + statement), however many articles report it. Kind and `direct` come from
// the most confident reading (ties: the kind, then `direct`, that sort first), whatever the write order.
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
ON CREATE SET c.kind = row.kind, c.text = row.text, c.direct = row.direct, c.confidence = row.confidence
// Lock the node before reading what other articles wrote, so that two runs writing it at once never
// lose each other's values (the write lock is held to the end of the transaction).
SET c._lock = true
REMOVE c._lock
WITH c, row,
     row.confidence > c.confidence OR (row.confidence = c.confidence AND
       (row.kind < c.kind OR (row.kind = c.kind AND row.direct < c.direct))) AS wins
SET c.kind = CASE WHEN wins THEN row.kind ELSE c.kind END,
    c.direct = CASE WHEN wins THEN row.direct ELSE c.direct END,
    c.confidence = CASE WHEN row.confidence > c.confidence THEN row.confidence ELSE c.confidence END,
    c.extractor = row.extractor,
    c.extractorVersion = row.extractorVersion
