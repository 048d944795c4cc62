// Who claimed credit for these events? Credit claims are Claim {kind: 'CREDIT'} nodes ABOUT one of them.
//
// Params:
//   $eventIds  event ids, best match first, as query/match-events.cypher returns them
//              (:param eventIds => ['event-…'])
// One row per claim and claimant, with the actors credited, the articles reporting the claim and the
// sentence-level evidence of each report.
UNWIND range(0, size($eventIds) - 1) AS rank
MATCH (event:Event {id: $eventIds[rank]})
MATCH (claim:Claim {kind: 'CREDIT'})-[:ABOUT]->(event)
WITH claim, event, rank
  ORDER BY rank
WITH claim, collect(event) AS events, min(rank) AS rank
MATCH (claim)-[:CLAIMED_BY]->(claimant:Actor)
CALL (claim) {
  OPTIONAL MATCH (claim)-[:CREDITS]->(credited:Actor)
  WITH DISTINCT credited
    ORDER BY credited.name
  RETURN collect(properties(credited)) AS credited
}
CALL (claim) {
  OPTIONAL MATCH (claim)-[report:REPORTED_BY]->(article:Article)
  WITH article, report
    ORDER BY article.publishedAt, article.id, report.start
  RETURN collect(DISTINCT properties(article)) AS sources, collect(properties(report)) AS evidence
}
RETURN
  properties(claim) AS claim,
  properties(claimant) AS claimant,
  credited,
  CASE WHEN trim(coalesce(claim.text, '')) <> '' THEN claim.text ELSE coalesce(evidence[0].sentence, '') END AS text,
  claim.direct AS direct,
  [e IN events | properties(e)] AS events,
  sources,
  evidence
  ORDER BY rank, size(sources) DESC, claim.id, claimant.id
