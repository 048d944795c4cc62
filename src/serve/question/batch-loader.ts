/** Loads one value by key; calls made in the same turn of the event loop are answered by one batch. */
export type BatchLoad<K, V> = (key: K) => Promise<V | undefined>;

/**
 * A minimal DataLoader: collects the keys asked for until the event loop is idle, then calls `loadMany`
 * once with the distinct keys. A failed batch rejects every caller of that batch.
 */
export function createBatchLoader<K, V>(loadMany: (keys: K[]) => Promise<Map<K, V>>): BatchLoad<K, V> {
  let pending: { key: K; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }[] = [];

  const dispatch = (): void => {
    const batch = pending;
    pending = [];
    const keys = [...new Set(batch.map((entry) => entry.key))];
    loadMany(keys).then(
      (values) => batch.forEach((entry) => entry.resolve(values.get(entry.key))),
      (error: unknown) => batch.forEach((entry) => entry.reject(error)),
    );
  };

  return (key) =>
    new Promise<V | undefined>((resolve, reject) => {
      if (pending.length === 0) setImmediate(dispatch);
      pending.push({ key, resolve, reject });
    });
}
