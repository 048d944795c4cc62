// The claims made by some actors, and by the bodies that are part of them (a ministry speaks for its state).
//
// Params:
//   $actorIds  actor ids, as query/match-entities.cypher returns them (:param actorIds => ['actor-…'])
//   $limit     the most claims to return (:param limit => 100)
// One row per claim and claimant, with who relayed it, whom it credits, what it is about, the articles
// reporting it and the sentence-level evidence of each report.
MATCH (subject:Actor)
  WHERE subject.id IN $actorIds
MATCH (claimant:Actor)-[:PART_OF*0..2]->(subject)
MATCH (claim:Claim)-[:CLAIMED_BY]->(claimant)
WITH DISTINCT claim, claimant
CALL (claim) {
  OPTIONAL MATCH (claim)-[:RELAYED_BY]->(relay:Actor)
  WITH DISTINCT relay
  RETURN collect(properties(relay)) AS relayedBy
}
CALL (claim) {
  OPTIONAL MATCH (claim)-[:CREDITS]->(credited:Actor)
  WITH DISTINCT credited
  RETURN collect(properties(credited)) AS credited
}
CALL (claim) {
  OPTIONAL MATCH (claim)-[:ABOUT]->(about)
  WITH DISTINCT about
  RETURN
    [a IN collect(about) WHERE a:Event | properties(a)] AS aboutEvents,
    [a IN collect(about) WHERE a:Actor | properties(a)] AS aboutActors,
    [a IN collect(about) WHERE a:Place | properties(a)] AS aboutPlaces
}
CALL (claim) {
  OPTIONAL MATCH (claim)-[report:REPORTED_BY]->(article:Article)
  WITH article, report
    ORDER BY article.publishedAt, article.id, report.start
  RETURN collect(DISTINCT properties(article)) AS sources, collect(properties(report)) AS evidence
}
RETURN
  properties(claim) AS claim,
  claim.kind AS kind,
  CASE WHEN trim(coalesce(claim.text, '')) <> '' THEN claim.text ELSE coalesce(evidence[0].sentence, '') END AS text,
  claim.direct AS direct,
  properties(claimant) AS claimant,
  relayedBy,
  credited,
  aboutEvents,
  aboutActors,
  aboutPlaces,
  sources,
  evidence
  ORDER BY size(sources) DESC, claim.id, claimant.id
  LIMIT $limit
