// One node per claim (claimant + statement), however many articles report it.
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
ON CREATE SET c.kind = row.kind, c.text = row.text, c.direct = row.direct, c.confidence = 0.0
SET c.confidence = CASE WHEN row.confidence > c.confidence THEN row.confidence ELSE c.confidence END,
    c.extractor = row.extractor,
    c.extractorVersion = row.extractorVersion
