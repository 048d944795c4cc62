// The Neo4j server's version and edition, for the benchmark report.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
