import { fromBase64, toBase64 } from 'lib0/buffer';

/**
 * The stateless messages (Hocuspocus's own channel beside the Yjs sync) a desktop and the
 * server exchange so that the desktop knows what the server has stored, not only received:
 * Hocuspocus stores with a debounce, and a crash inside it loses what only lived in memory.
 *
 * The desktop sends `store` after its changes; the server handles a connection's messages in
 * order, so everything sent before it is in the document; it stores the document at once and
 * answers `stored` with the same id, the state vector it stored and the story's revision (how
 * many times it has been stored), which the server's story list also gives: a desktop skips a
 * story whose revision has not moved since it was last in step.
 *
 * When the server cannot store (its database is unreachable) it says so with `not-stored` and
 * the reason: with the id of the store request it answers, or without one to everyone in the
 * story when a store it began on its own failed. The desktop keeps its changes either way.
 */
export type StoreRequest = { type: 'store'; id: number };
export type StoredReply = { type: 'stored'; id: number; stateVector: string; revision: number };
export type NotStoredNotice = { type: 'not-stored'; id?: number; reason: string };

export function storeRequest(id: number): string {
  return JSON.stringify({ type: 'store', id } satisfies StoreRequest);
}

export function storedReply(id: number, stateVector: Uint8Array, revision: number): string {
  return JSON.stringify({ type: 'stored', id, stateVector: toBase64(stateVector), revision } satisfies StoredReply);
}

export function notStoredNotice(reason: string, id?: number): string {
  return JSON.stringify({ type: 'not-stored', id, reason } satisfies NotStoredNotice);
}

function parse(payload: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(payload);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function parseStoreRequest(payload: string): StoreRequest | null {
  const value = parse(payload);
  return value?.type === 'store' && Number.isSafeInteger(value.id) ? { type: 'store', id: value.id as number } : null;
}

export function parseStoredReply(payload: string): { id: number; stateVector: Uint8Array; revision: number } | null {
  const value = parse(payload);
  if (value?.type !== 'stored' || !Number.isSafeInteger(value.id) || typeof value.stateVector !== 'string' || !Number.isSafeInteger(value.revision)) return null;
  return { id: value.id as number, stateVector: fromBase64(value.stateVector), revision: value.revision as number };
}

export function parseNotStoredNotice(payload: string): NotStoredNotice | null {
  const value = parse(payload);
  if (value?.type !== 'not-stored' || typeof value.reason !== 'string') return null;
  return Number.isSafeInteger(value.id) ? { type: 'not-stored', id: value.id as number, reason: value.reason } : { type: 'not-stored', reason: value.reason };
}
