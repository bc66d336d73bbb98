import { Database } from '@hocuspocus/extension-database';
import type { Document } from '@hocuspocus/server';
import { notStoredNotice } from '../src/newsroom/syncMessages';
import type { Log } from './log';
import { DATABASE_UNREACHABLE, Refusal, TRY_AGAIN_LATER } from './refusal';
import type { NewsroomStore } from './store/store';

export type DocumentStorage = {
  extension: Database;
  /** Stories whose last store failed, still in memory and still being retried. */
  unstored(): string[];
  /** Stops retrying failed stores (the server is giving up on them as it stops). */
  stopRetrying(): void;
};

/**
 * Hocuspocus's Database extension on the newsroom's store, with what Hocuspocus leaves to us
 * when the database fails:
 * - A load that fails refuses the client with the reason; the story is never served empty, so
 *   an empty document cannot be stored over the real one (hocuspocus #382; stores also merge).
 * - A store that fails keeps the document in memory (Hocuspocus does that) and is tried again
 *   after the store debounce until it succeeds (Hocuspocus does not retry, and would unload the
 *   unstored document once its last client left); everyone in the story is told it is not
 *   stored yet, so a desktop keeps its own copy of its changes.
 */
export function documentStorage(store: NewsroomStore, log: Log): DocumentStorage {
  const failing = new Set<Document>();
  let retrying = true;

  const extension = new Database({
    async fetch({ documentName }) {
      try {
        return await store.loadDocument(documentName);
      } catch (error) {
        log({ event: 'load-failed', level: 'error', story: documentName, error: (error as Error).message });
        throw new Refusal(DATABASE_UNREACHABLE, TRY_AGAIN_LATER);
      }
    },
    async store(payload) {
      const { documentName, document, state, instance } = payload;
      try {
        await store.storeDocument(documentName, state);
      } catch (error) {
        failing.add(document);
        log({ event: 'store-failed', level: 'error', story: documentName, error: (error as Error).message, retrying });
        for (const connection of document.getConnections()) connection.sendStateless(notStoredNotice(DATABASE_UNREACHABLE));
        // Scheduled through Hocuspocus's own debouncer, so the document counts as having a
        // store pending and is not unloaded before it is stored.
        if (retrying) void instance.storeDocumentHooks(document, payload);
        // Rethrown so that Hocuspocus neither runs afterStoreDocument nor unloads the document.
        throw error;
      }
      if (failing.delete(document)) log({ event: 'store-recovered', story: documentName });
    },
  });

  return {
    extension,
    unstored: () => [...failing].map((document) => document.name),
    stopRetrying() {
      retrying = false;
    },
  };
}
