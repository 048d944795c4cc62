/**
 * The embedded Neo4j is safe on a shared host: it listens on loopback only, authentication is on, and its
 * password is readable by its owner alone and written nowhere else. Checked on the running test instance
 * (found by its Bolt port), so these run where the tests got the embedded server (no NEO4J_URI, no Docker).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { makeDriver, readDbConfig } from '../../src/db/index.js';
import { readRows, testDriver } from '../support/database.js';

const { uri, password, origin } = inject('neo4j');

/** The instance folder of the embedded server on `uri`'s port (its run file names the port). */
function instanceDirOf(boltUri: string): string | undefined {
  const port = Number(new URL(boltUri.replace(/^bolt:/, 'http:')).port);
  const root = path.join(readDbConfig().embeddedDir, 'instances');
  for (const name of existsSync(root) ? readdirSync(root) : []) {
    try {
      const run = JSON.parse(readFileSync(path.join(root, name, 'run', 'server.json'), 'utf8')) as {
        boltPort?: number;
      };
      if (run.boltPort === port) return path.join(root, name);
    } catch {
      // not a running instance
    }
  }
  return undefined;
}

/** Resolves with the socket error code, or 'connected'. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 10_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('ETIMEDOUT');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

/** This machine's addresses other than loopback. */
const outward = Object.values(os.networkInterfaces())
  .flat()
  // Link-local IPv6 addresses need an interface scope to be dialled at all; they prove nothing.
  .filter(
    (a): a is os.NetworkInterfaceInfo => a !== undefined && !a.internal && !a.address.startsWith('fe80:'),
  )
  .map((a) => a.address);

async function settings(): Promise<Record<string, string>> {
  const rows = await readRows<{ name: string; value: string }>(
    testDriver(),
    `SHOW SETTINGS YIELD name, value
     WHERE name IN ['server.default_listen_address', 'server.bolt.listen_address', 'server.http.listen_address',
                    'server.https.enabled', 'dbms.security.auth_enabled']
     RETURN name, value`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.value]));
}

describe.runIf(origin === 'embedded')('the embedded Neo4j on a shared host', () => {
  it('listens on loopback only (Bolt and HTTP), with HTTPS off', async () => {
    const s = await settings();
    expect(s['server.default_listen_address']).toBe('127.0.0.1');
    expect(s['server.bolt.listen_address']).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(s['server.http.listen_address']).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(s['server.https.enabled']).toBe('false');
  });

  it.skipIf(outward.length === 0)(
    "cannot be reached on the machine's other addresses, only on loopback",
    async () => {
      const s = await settings();
      const ports = [s['server.bolt.listen_address'], s['server.http.listen_address']].map((a) =>
        Number(a?.split(':').pop()),
      );
      for (const port of ports) {
        expect(await tryConnect('127.0.0.1', port)).toBe('connected');
        for (const address of outward)
          expect(await tryConnect(address, port), `${address}:${port}`).not.toBe('connected');
      }
    },
  );

  it('requires authentication: refuses a wrong password and no credentials', async () => {
    expect((await settings())['dbms.security.auth_enabled']).toBe('true');
    const wrong = makeDriver(uri, 'neo4j', `${password}-wrong`);
    await expect(wrong.verifyConnectivity()).rejects.toMatchObject({
      code: 'Neo.ClientError.Security.Unauthorized',
    });
    await wrong.close();
    const anonymous = neo4j.driver(uri, undefined, {
      logging: { level: 'error', logger: () => undefined },
    });
    await expect(anonymous.verifyConnectivity()).rejects.toMatchObject({
      code: expect.stringMatching(/^Neo\.ClientError\.Security\./) as unknown,
    });
    await anonymous.close();
  });

  it('keeps its instance folder (store, auth.ini, logs, conf) closed to other users', () => {
    const instanceDir = instanceDirOf(uri);
    expect(instanceDir, `no instance folder runs ${uri}`).toBeDefined();
    if (instanceDir === undefined) return;
    const info = statSync(instanceDir);
    expect((info.mode & 0o777).toString(8)).toBe('700');
    expect(info.uid).toBe(process.getuid?.());
  });

  it('keeps its password in a file only its owner can read, and nowhere else', () => {
    const instanceDir = instanceDirOf(uri);
    expect(instanceDir, `no instance folder runs ${uri}`).toBeDefined();
    if (instanceDir === undefined) return;
    const file = path.join(instanceDir, 'password');
    const info = statSync(file);
    expect((info.mode & 0o777).toString(8)).toBe('600');
    expect(info.uid).toBe(process.getuid?.());
    expect(readFileSync(file, 'utf8').trim()).toBe(password);
    const written = [
      'conf/neo4j.conf',
      ...readdirSync(path.join(instanceDir, 'logs')).map((f) => `logs/${f}`),
    ];
    for (const name of written)
      expect(readFileSync(path.join(instanceDir, name), 'utf8'), name).not.toContain(password);
  });
});
