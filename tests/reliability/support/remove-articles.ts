import type { Driver } from 'neo4j-driver';
import { runNamed } from '../../../src/db/index.js';

/**
 * Takes articles out of the shared test database again: their facts through the loader's own
 * `load/clear-article-facts` (nodes that other articles still support stay), then the Article nodes and
 * any outlet only they were published by.
 */
export async function removeArticles(driver: Driver, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      const outlets = await tx.run(
        'MATCH (a:Article)-[:PUBLISHED_BY]->(o:Outlet) WHERE a.id IN $ids RETURN collect(DISTINCT o.id) AS ids',
        { ids },
      );
      await runNamed(tx, 'load/clear-article-facts', { ids });
      await tx.run('MATCH (a:Article) WHERE a.id IN $ids DETACH DELETE a', { ids });
      await tx.run('MATCH (o:Outlet) WHERE o.id IN $ids AND NOT (o)<-[:PUBLISHED_BY]-() DELETE o', {
        ids: outlets.records[0]?.get('ids') as string[],
      });
    });
  } finally {
    await session.close();
  }
}
