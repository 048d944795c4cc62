import { existsSync } from 'node:fs';
import { AppError } from '../errors.js';

/** True when a Docker engine is plausibly reachable (a socket or DOCKER_HOST), without contacting it. */
export function dockerLikelyAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.DOCKER_HOST) || existsSync('/var/run/docker.sock');
}

/** A Neo4j 5.26 + APOC container started through testcontainers. */
export interface DockerNeo4j {
  uri: string;
  username: string;
  password: string;
  stop(): Promise<void>;
}

/** Starts Neo4j 5.26 community with APOC in a container (for machines with Docker but no Java/Maven). */
export async function startDockerNeo4j(password: string): Promise<DockerNeo4j> {
  try {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community')
      .withApoc()
      .withPassword(password)
      .start();
    return {
      uri: container.getBoltUri(),
      username: container.getUsername(),
      password: container.getPassword(),
      stop: async () => {
        await container.stop();
      },
    };
  } catch (cause) {
    throw new AppError(
      'DB_UNAVAILABLE',
      'Docker is installed but Neo4j could not be started in a container.',
      {
        cause,
      },
    );
  }
}
