import type { Store } from './store';

/** The store's public methods (those the services call). */
export type StoreMethod = Exclude<
  { [K in keyof Store]: Store[K] extends (...args: never[]) => unknown ? K : never }[keyof Store],
  'close'
>;

/**
 * The store as the services see it: every method async, whether it runs in a worker thread
 * (the app, the test host) or in-process (the CLI, store tests).
 */
export type StorePort = {
  [K in StoreMethod]: (...args: Parameters<Store[K]>) => Promise<Awaited<ReturnType<Store[K]>>>;
} & { close(): Promise<void>; readonly readOnly: boolean };

/** The store in this thread, behind the async port. */
export function inProcessStore(store: Store): StorePort {
  return new Proxy({} as StorePort, {
    get(_target, name: string) {
      if (name === 'close') return async () => store.close();
      if (name === 'readOnly') return store.readOnly;
      if (name === 'then') return undefined;
      const method = (store as unknown as Record<string, unknown>)[name];
      if (typeof method !== 'function') return undefined;
      return async (...args: unknown[]) => (method as (...a: unknown[]) => unknown).apply(store, args);
    },
  });
}
