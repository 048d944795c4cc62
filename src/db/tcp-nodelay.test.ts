import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boltPort, enableTcpNoDelay } from './tcp-nodelay.js';

describe('TCP_NODELAY on Bolt sockets', () => {
  let server: net.Server;
  let port = 0;
  beforeAll(async () => {
    server = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([
    ['bolt://127.0.0.1:7688', 7688],
    ['neo4j://localhost:7699/', 7699],
    ['bolt://localhost', 7687],
  ])('reads the port of %s as %i', (uri, expected) => {
    expect(boltPort(uri)).toBe(expected);
  });

  it('is left off when NEO4J_TCP_NODELAY=0', () => {
    expect(enableTcpNoDelay(port, { NEO4J_TCP_NODELAY: '0' })).toBe(false);
  });

  it('turns Nagle off on sockets to an enabled port, and only there', async () => {
    const seen: { port: unknown; noDelay: boolean | undefined }[] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- restored unchanged in finally
    const original = net.Socket.prototype.setNoDelay;
    net.Socket.prototype.setNoDelay = function (this: net.Socket, noDelay?: boolean) {
      seen.push({ port: 'enabled', noDelay });
      return original.call(this, noDelay);
    };
    try {
      expect(enableTcpNoDelay(port, {})).toBe(true);
      // The driver calls net.connect(port, host, callback): the same call here.
      const socket = net.connect(port, '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.destroy();
      expect(seen).toEqual([{ port: 'enabled', noDelay: true }]);

      seen.length = 0;
      const other = net.createServer((s) => s.end());
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
      const otherPort = (other.address() as net.AddressInfo).port;
      const plain = net.connect(otherPort, '127.0.0.1');
      await new Promise<void>((resolve) => plain.once('connect', () => resolve()));
      plain.destroy();
      await new Promise<void>((resolve) => other.close(() => resolve()));
      expect(seen).toEqual([]);
    } finally {
      net.Socket.prototype.setNoDelay = original;
    }
  });

  it('sends the writes of one turn of the event loop together, in order', async () => {
    const received: Buffer[] = [];
    const sink = net.createServer((s) => s.on('data', (chunk: Buffer) => received.push(chunk)));
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
    const sinkPort = (sink.address() as net.AddressInfo).port;
    try {
      expect(enableTcpNoDelay(sinkPort, {})).toBe(true);
      const socket = net.connect(sinkPort, '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.write('one ');
      socket.write('two ');
      socket.write('three');
      // Held back until the turn ends, then let go.
      expect(socket.writableCorked).toBe(1);
      await new Promise((resolve) => process.nextTick(resolve));
      expect(socket.writableCorked).toBe(0);
      await new Promise<void>((resolve) => socket.end(resolve));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(Buffer.concat(received).toString()).toBe('one two three');
    } finally {
      await new Promise<void>((resolve) => sink.close(() => resolve()));
    }
  });
});
