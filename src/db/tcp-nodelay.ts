import net from 'node:net';

const ports = new Set<number>();
let patched = false;

/**
 * Turns on TCP_NODELAY for the sockets this process opens to a Bolt `port`.
 *
 * Why: neo4j-driver writes a Bolt message larger than its 1,400-byte chunk buffer in several socket writes and
 * never disables Nagle's algorithm, so the second write waits for the server to acknowledge the first, which
 * Linux delays by up to 40 ms. Every query over ~1.4 KB (most named queries with their comments, every
 * batched UNWIND of the load stage) paid that wait: measured with `npm run bench`, ingestion went from 73 to
 * 175 articles/s and whoClaimedCredit's p95 at concurrency 1 from 104 ms to 7.7 ms with it on. The driver has
 * no option for it, so this wraps `net.connect`, which the driver calls once per connection.
 * `NEO4J_TCP_NODELAY=0` leaves the driver's default (for measuring the difference).
 */
export function enableTcpNoDelay(port: number, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NEO4J_TCP_NODELAY === '0') return false;
  ports.add(port);
  if (patched) return true;
  patched = true;
  const connect = net.connect;
  const withNoDelay = (...args: unknown[]): net.Socket => {
    const socket = (connect as (...a: unknown[]) => net.Socket)(...args);
    const target =
      typeof args[0] === 'object' && args[0] !== null ? (args[0] as { port?: unknown }).port : args[0];
    if (ports.has(Number(target))) {
      socket.setNoDelay(true);
      coalesceWrites(socket);
    }
    return socket;
  };
  (net as { connect: unknown }).connect = withNoDelay;
  return true;
}

/**
 * Makes the writes of one turn of the event loop leave as one: the driver writes a Bolt message in 1,400-byte
 * chunks, one `socket.write` each, which with TCP_NODELAY are one system call and one packet each (a 7 KB
 * query was six, and Neo4j woke up for every one). The socket is corked at the first write of a turn and
 * uncorked on the next tick, so the chunks go out in one `writev`.
 */
function coalesceWrites(socket: net.Socket): void {
  const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
  let corked = false;
  const uncork = () => {
    corked = false;
    socket.uncork();
  };
  (socket as { write: unknown }).write = (...args: unknown[]): boolean => {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(uncork);
    }
    return write(...args);
  };
}

/** The port of a `bolt://host:port` or `neo4j://host:port` URI (7687 when none is given). */
export function boltPort(uri: string): number {
  const match = /:(\d+)\/?$/.exec(uri);
  return match ? Number(match[1]) : 7687;
}
