// The claims about some actors, places or events; a claim about an event that happened in a place (or in a
// place inside it) counts as a claim about that place.
//
// Params:
//   $subjectIds  actor, place or event ids, as query/match-entities.cypher or query/match-events.cypher
//                return them (:param subjectIds => ['place-…'])
//   $limit       the most claims to return (:param limit => 100)
// One row per claim and claimant, with the same columns as query/claims-by.cypher.
CALL () {
  MATCH (claim:Claim)-[:ABOUT]->(subject)
    WHERE (subject:Actor OR subject:Place OR subject:Event) AND subject.id IN $subjectIds
  RETURN claim
  UNION
  MATCH (place:Place)
    WHERE place.id IN $subjectIds
  MATCH (claim:Claim)-[:ABOUT]->(:Event)-[:OCCURRED_IN]->(:Place)-[:LOCATED_IN*0..2]->(place)
  RETURN claim
}
WITH DISTINCT claim
OPTIONAL MATCH (claim)-[:CLAIMED_BY]->(claimant:Actor)
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
