import { describe, expect, it } from 'vitest';
import { renderNeo4jConf } from './neo4j-conf.js';

const conf = renderNeo4jConf({
  boltPort: 7700,
  httpPort: 7500,
  heap: '1g',
  pageCache: '256m',
  pluginsDir: '/p',
});
const settings = new Map(
  conf
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
);

describe('the embedded neo4j.conf', () => {
  it.each([
    ['server.default_listen_address', '127.0.0.1'],
    ['server.bolt.listen_address', '127.0.0.1:7700'],
    ['server.http.listen_address', '127.0.0.1:7500'],
    ['dbms.security.auth_enabled', 'true'],
    ['server.memory.heap.max_size', '1g'],
    ['server.memory.pagecache.size', '256m'],
    ['dbms.security.procedures.unrestricted', 'apoc.*'],
    ['dbms.usage_report.enabled', 'false'],
    ['db.transaction.timeout', '60s'],
  ])('sets %s to %s', (key, value) => {
    expect(settings.get(key)).toBe(value);
  });

  it('tells Neo4j Browser to load the label styles only when a style URL is given', () => {
    expect(conf).not.toContain('browser.post_connect_cmd');
    const styled = renderNeo4jConf({
      boltPort: 1,
      httpPort: 2,
      heap: '1g',
      pageCache: '1g',
      pluginsDir: '/p',
      browserStyleUrl: 'http://localhost:4000/style.grass',
    });
    expect(styled).toContain('browser.post_connect_cmd=style http://localhost:4000/style.grass');
  });
});
