// Where the articles reporting an event disagree on the same fact.
//
// Params:
//   $eventIds  event ids (:param eventIds => ['event-…'])
// Kinds:
//   DATE   two REPORTED_BY edges give dates that cannot both be true ('2016-03-26' vs '2016-03-27'; a date and
//          a prefix of it, '2016-03' and '2016-03-27', agree). A report that names a month without a year
//          ('back in December') carries `monthOfYear` and stands as '--12' (ISO 8601 month of year): it
//          disagrees with any date or month-of-year in another month ('--12' vs '2015-05'), so May and
//          December disagree even when the year is unknown.
//   AGENT  an actor is the event's agent according to one article and its target or victim according to
//          another (an article that names it on both ends takes no side); an actor stands for what it is part of (the army for its state). Articles that merely name
//          different agents are not counted: allies act together.
//   COUNT  reports in different articles give different numbers for the same measure (`countWhat`:
//          killed, injured, score, amount …) of the event.
// One row per contradiction; each side is a value with the articles that give it.
// Articles come without their body text, which answers rarely show: the API reads Article.text by id when a
// client asks for it (src/serve/question/node-fields.ts).
MATCH (event:Event)
  WHERE event.id IN $eventIds
CALL (event) {
  MATCH (event)-[report:REPORTED_BY]->(article:Article)
    WHERE report.date IS NOT NULL OR report.monthOfYear IS NOT NULL
  WITH
    coalesce(report.date, '--' + right('0' + toString(toInteger(report.monthOfYear)), 2)) AS value,
    article,
    report
    ORDER BY article.publishedAt, article.id
  WITH value, collect(DISTINCT article {.id, .title, .contentHash, .url, .outlet, .author, .publishedAt, .datePrecision, .sourceFile, .wordCount, .ingestedAt, .extractorVersion}) AS sources, collect(properties(report)) AS evidence
    ORDER BY value
  WITH
    collect({
      value: value,
      month: CASE
        WHEN value STARTS WITH '--' THEN substring(value, 2, 2)
        WHEN size(value) >= 7 THEN substring(value, 5, 2)
      END,
      sources: sources,
      evidence: evidence
    }) AS sides
    WHERE any(x IN sides WHERE any(y IN sides WHERE
      (NOT x.value STARTS WITH '--' AND NOT y.value STARTS WITH '--'
        AND NOT (x.value STARTS WITH y.value OR y.value STARTS WITH x.value))
      OR (x.month IS NOT NULL AND y.month IS NOT NULL AND x.month <> y.month)))
  RETURN
    'DATE' AS kind,
    'date of ' + event.label AS fact,
    [side IN sides | {value: side.value, sources: side.sources, evidence: side.evidence}] AS sides
  UNION
  MATCH (actor:Actor)-[participation:PARTICIPATED_IN]->(event)
  WITH
    actor,
    participation,
    [actor.id] + COLLECT { MATCH (actor)-[:PART_OF*1..2]->(whole:Actor) RETURN whole.id } AS family
  UNWIND family AS member
  WITH
    participation.articleId AS articleId,
    participation.role = 'AGENT' AS isAgent,
    participation.role IN ['TARGET', 'VICTIM'] AS isOpposed,
    actor,
    participation,
    member
  WITH
    articleId,
    collect(DISTINCT CASE WHEN isAgent THEN member END) AS agentFamily,
    collect(DISTINCT CASE WHEN isOpposed THEN member END) AS opposedFamily,
    collect(DISTINCT CASE WHEN isAgent THEN actor.name END) AS agentNames,
    collect(DISTINCT CASE WHEN isOpposed THEN actor.name END) AS opposedNames,
    collect(DISTINCT CASE WHEN isAgent OR isOpposed THEN properties(participation) END) AS evidence
  WITH
    articleId,
    agentFamily,
    opposedFamily,
    COLLECT { UNWIND agentNames AS name RETURN name ORDER BY name } AS agents,
    COLLECT { UNWIND opposedNames AS name RETURN name ORDER BY name } AS opposed,
    evidence
  WITH
    collect({
      articleId: articleId,
      agentFamily: agentFamily,
      opposedFamily: opposedFamily,
      agents: agents,
      opposed: opposed,
      evidence: evidence
    }) AS reports
    // A disagreement needs two articles: one makes an actor the agent (and not the target), the other
    // its target or victim (and not the agent). One article naming a side on both ends is no dispute.
    WHERE any(a IN reports WHERE any(b IN reports WHERE a.articleId <> b.articleId
      AND any(id IN a.agentFamily WHERE id IN b.opposedFamily
        AND NOT id IN a.opposedFamily AND NOT id IN b.agentFamily)))
  UNWIND reports AS report
  OPTIONAL MATCH (article:Article {id: report.articleId})
  WITH
    'agent: ' +
    CASE
      WHEN size(report.agents) = 0 THEN 'none named'
      ELSE reduce(joined = '', name IN report.agents | joined + CASE WHEN joined = '' THEN '' ELSE ', ' END + name)
    END +
    CASE
      WHEN size(report.opposed) = 0 THEN ''
      ELSE '; against: ' + reduce(joined = '', name IN report.opposed | joined + CASE WHEN joined = '' THEN '' ELSE ', ' END + name)
    END AS value,
    article,
    report
    ORDER BY article.publishedAt, article.id
  WITH
    value,
    collect(DISTINCT article {.id, .title, .contentHash, .url, .outlet, .author, .publishedAt, .datePrecision, .sourceFile, .wordCount, .ingestedAt, .extractorVersion}) AS sources,
    reduce(all = [], evidence IN collect(report.evidence) | all + evidence) AS evidence
    ORDER BY value
  RETURN 'AGENT' AS kind, 'agent of ' + event.label AS fact, collect({value: value, sources: sources, evidence: evidence}) AS sides
  UNION
  MATCH (event)-[report:REPORTED_BY]->(article:Article)
    WHERE report.count IS NOT NULL
  WITH
    coalesce(report.countWhat, 'count') AS what,
    coalesce(report.countQualifier + ' ', '') + report.count + coalesce(' ' + report.countUnit, '') AS value,
    article,
    report
    ORDER BY article.publishedAt, article.id
  WITH what, value, collect(DISTINCT article.id) AS articleIds, collect(DISTINCT article {.id, .title, .contentHash, .url, .outlet, .author, .publishedAt, .datePrecision, .sourceFile, .wordCount, .ingestedAt, .extractorVersion}) AS sources,
       collect(properties(report)) AS evidence
    ORDER BY value
  WITH what, collect({value: value, articleIds: articleIds, sources: sources, evidence: evidence}) AS sides
    WHERE any(x IN sides WHERE any(y IN sides WHERE x.value <> y.value
      AND none(id IN x.articleIds WHERE id IN y.articleIds)))
  RETURN
    'COUNT' AS kind,
    what + ' in ' + event.label AS fact,
    [side IN sides | {value: side.value, sources: side.sources, evidence: side.evidence}] AS sides
}
RETURN kind, properties(event) AS event, fact, sides
  ORDER BY event.date, event.id, kind
