import { isRetriableError, type Driver, type Session, type Transaction } from 'neo4j-driver';

type TransactionConfig = NonNullable<Parameters<Session['beginTransaction']>[0]>;

type Work = (tx: Transaction) => Promise<unknown>;

const BACKOFF_MS = 200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One managed transaction whose retries end at its deadline: the first attempt gets `config.timeout`, each retry
 * (after a transient failure such as the per-transaction memory cap) only the time that is left. The driver's own
 * retry loop would start every attempt with the full timeout and go on for its whole retry time.
 */
async function withinDeadline(
  session: Session,
  work: Work,
  config: TransactionConfig & { timeout: number },
): Promise<unknown> {
  const deadline = Date.now() + config.timeout;
  for (;;) {
    const tx = session.beginTransaction({ ...config, timeout: Math.max(1, deadline - Date.now()) });
    try {
      const result = await work(tx);
      await tx.commit();
      return result;
    } catch (error) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      if (!isRetriableError(error) || deadline - Date.now() < 2 * BACKOFF_MS) throw error;
      await sleep(BACKOFF_MS);
    }
  }
}

function boundSession(session: Session): Session {
  return new Proxy(session, {
    get(target, property, receiver) {
      if (property === 'executeRead' || property === 'executeWrite') {
        return (work: Work, config?: TransactionConfig) =>
          config?.timeout === undefined || config.timeout === null
            ? (target[property] as unknown as (w: Work, c?: TransactionConfig) => Promise<unknown>).call(
                target,
                work,
                config,
              )
            : withinDeadline(target, work, { ...config, timeout: Number(config.timeout) });
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The driver as the API uses it: sessions whose `executeRead` / `executeWrite` with a `timeout` keep their retries
 * inside that timeout (see withinDeadline), so the request's deadline holds even when Neo4j refuses a query for
 * memory, which the driver counts as transient. Everything else is the driver's own.
 */
export function deadlineBoundDriver(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'session') {
        return (...args: Parameters<Driver['session']>) => boundSession(target.session(...args));
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
