// The claims made by the actor some words name, and by the bodies that are part of it (a ministry speaks for
// its state), one page of them, in one query.
//
// Params:
//   $asked   the input's words: query, a full-text query over entity_names made only of lower-cased
//            letter/digit words; name, the whole input, lower-cased, for an exact name or alias match
//            (:param asked => {query: 'assad assad*', name: 'assad'}), in one map as in match-entities.cypher
//   $offset, $limit  the page (:param offset => 0, :param limit => 20)
// The actor: an exact name or alias match wins, else the hits scoring at least three quarters of the best (at
// most 5), as in query/match-entities.cypher. One row: the actors matched, the total, and the page of claims
// (one item per claim and claimant, most-reported first) with who relayed it, whom it credits, what it is
// about, the articles reporting it and the sentence-level evidence of each report.
// Articles come without their body text, which answers rarely show: the API reads Article.text by id when a
// client asks for it (src/serve/question/node-fields.ts).
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $asked.query, {limit: 50}) YIELD node, score
    WHERE node:Actor
  WITH collect({node: node, score: score}) AS hits
  WITH hits, [h IN hits WHERE toLower(h.node.name) = $asked.name OR
                              $asked.name IN [alias IN coalesce(h.node.aliases, []) | toLower(alias)]] AS exact
  WITH CASE WHEN size(exact) > 0 THEN exact ELSE hits END AS hits
  WITH hits, reduce(top = 0.0, h IN hits | CASE WHEN h.score > top THEN h.score ELSE top END) AS top
  RETURN [h IN hits WHERE h.score >= top * 0.75 | h.node][..5] AS subjects
}
CALL (subjects) {
  UNWIND subjects AS subject
  MATCH (claimant:Actor)-[:PART_OF*0..2]->(subject)
  MATCH (claim:Claim)-[:CLAIMED_BY]->(claimant)
  WITH DISTINCT claim, claimant
  WITH claim, claimant, COUNT { (claim)-[:REPORTED_BY]->(:Article) } AS reports
    ORDER BY reports DESC, claim.id, claimant.id
  RETURN collect({claim: claim, claimant: claimant}) AS answers
}
WITH subjects, size(answers) AS total, answers[$offset..$offset + $limit] AS page
CALL (page) {
  UNWIND range(0, size(page) - 1) AS i
  WITH i, page[i].claim AS claim, page[i].claimant AS claimant
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
    RETURN collect(DISTINCT article {.id, .title, .contentHash, .url, .outlet, .author, .publishedAt, .datePrecision, .sourceFile, .wordCount, .ingestedAt, .extractorVersion}) AS sources, collect(properties(report)) AS evidence
  }
  WITH i, claim, claimant, relayedBy, credited, aboutEvents, aboutActors, aboutPlaces, sources, evidence
    ORDER BY i
  RETURN collect({
    claim: properties(claim),
    kind: claim.kind,
    text: CASE WHEN trim(coalesce(claim.text, '')) <> '' THEN claim.text ELSE coalesce(evidence[0].sentence, '') END,
    direct: claim.direct,
    claimant: properties(claimant),
    relayedBy: relayedBy,
    credited: credited,
    aboutEvents: aboutEvents,
    aboutActors: aboutActors,
    aboutPlaces: aboutPlaces,
    sources: sources,
    evidence: evidence
  }) AS items
}
RETURN [s IN subjects | properties(s)] AS matchedActors, [] AS matchedPlaces, [] AS matchedEvents, total, items
