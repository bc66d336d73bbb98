// The page's side of a story edited live: its own Y.Doc and awareness, which the editor's
// Collaboration and CollaborationCaret bind to, kept in step with the services' over the
// contract. The page opens no network connection: its updates go out in batches
// (sendLiveUpdates), others' come back by long poll (pollLiveStory).
import { fromBase64, toBase64 } from 'lib0/buffer';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { LiveConnection, LiveUser } from '../../src/newsroom/liveStory';
import type { MethodInput } from '../../src/api/contract';
import { call, errorMessage } from '../api';

/** Typing is sent in batches this far apart: a few calls a second, not one a key. */
export const LIVE_BATCH_MS = 150;
/** After a failed call, the next try waits this long (the services are restarting, say). */
const RETRY_MS = 1_000;

/** The origin of what came from the services, so it is not sent back to them. */
const FROM_SERVICES = Symbol('services');

export type LiveStatus = LiveConnection | { state: 'failed'; reason: string };

export class LiveStoryBridge {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  private outgoing: Uint8Array[] = [];
  private awarenessChanged = false;
  private timer: number | undefined;
  private sending: Promise<void> | null = null;
  private cursor: number;
  private awarenessVersion = 0;
  private connectionVersion = 0;
  private closed = false;
  private readonly onStatus = new Set<(status: LiveStatus) => void>();
  status: LiveStatus = { state: 'connecting', reason: null };

  constructor(
    readonly storyId: string,
    private readonly session: string,
    state: string,
    cursor: number,
    readonly user: LiveUser,
  ) {
    // The document starts from the services' bytes, never from the Story JSON: a document built
    // from JSON here would be a second history of the same text, and merging would double it.
    Y.applyUpdate(this.doc, fromBase64(state), FROM_SERVICES);
    this.cursor = cursor;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_SERVICES) return;
      this.outgoing.push(update);
      this.schedule();
    });
    this.awareness.on('update', (_change: unknown, origin: unknown) => {
      if (origin !== 'local') return;
      this.awarenessChanged = true;
      this.schedule();
    });
    void this.pollLoop();
  }

  subscribe(listener: (status: LiveStatus) => void): () => void {
    this.onStatus.add(listener);
    return () => this.onStatus.delete(listener);
  }

  private setStatus(status: LiveStatus): void {
    if (status.state === this.status.state && status.reason === this.status.reason) return;
    this.status = status;
    for (const listener of this.onStatus) listener(status);
  }

  private schedule(delay = LIVE_BATCH_MS): void {
    if (this.timer !== undefined || this.closed) return;
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
  }

  /** Sends what is waiting; on failure it stays waiting, in order, and is tried again. */
  async flush(): Promise<void> {
    while (this.sending) await this.sending;
    if (this.outgoing.length === 0 && !this.awarenessChanged) return;
    const updates = this.outgoing.splice(0);
    // The caret (Yjs relative positions) and the user: plain JSON, as y-protocols sends it.
    const awareness = this.awarenessChanged ? (this.awareness.getLocalState() as MethodInput<'sendLiveUpdates'>['awareness']) : undefined;
    this.awarenessChanged = false;
    this.sending = (async () => {
      try {
        await call('sendLiveUpdates', { id: this.storyId, session: this.session, updates: updates.map(toBase64), awareness });
      } catch (failure) {
        this.outgoing.unshift(...updates);
        if (awareness !== undefined) this.awarenessChanged = true;
        this.setStatus({ state: 'failed', reason: `Not kept yet: ${errorMessage(failure)} Galley tries again.` });
        this.schedule(RETRY_MS);
      }
    })();
    await this.sending;
    this.sending = null;
  }

  private async pollLoop(): Promise<void> {
    while (!this.closed) {
      try {
        const news = await call('pollLiveStory', {
          id: this.storyId,
          session: this.session,
          cursor: this.cursor,
          awareness: this.awarenessVersion,
          connection: this.connectionVersion,
        });
        if (this.closed) return;
        if (news.closed) {
          this.setStatus({ state: 'failed', reason: 'This story is no longer live here; open it again.' });
          return;
        }
        if (news.updates.length) {
          Y.transact(this.doc, () => news.updates.forEach((update) => Y.applyUpdate(this.doc, fromBase64(update), FROM_SERVICES)), FROM_SERVICES);
        }
        this.cursor = news.cursor;
        if (news.awareness) {
          applyAwarenessUpdate(this.awareness, fromBase64(news.awareness.update), FROM_SERVICES);
          this.awarenessVersion = news.awareness.version;
        }
        this.connectionVersion = news.connection.version;
        if (this.outgoing.length === 0 || news.connection.state === 'refused') this.setStatus({ state: news.connection.state, reason: news.connection.reason });
      } catch (failure) {
        this.setStatus({ state: 'failed', reason: errorMessage(failure) });
        await new Promise((resolve) => window.setTimeout(resolve, RETRY_MS));
      }
    }
  }

  /** Sends what is waiting, then ends the session. */
  async close(): Promise<void> {
    if (this.closed) return;
    window.clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush();
    this.closed = true;
    this.awareness.setLocalState(null);
    this.awareness.destroy();
    await call('closeLiveStory', { id: this.storyId, session: this.session }).catch(() => undefined);
  }
}

/** Opens the story live when the services say it can be; null when it is edited as before. */
export async function openLiveStory(id: string): Promise<LiveStoryBridge | null> {
  const opened = await call('openLiveStory', { id });
  return opened.live ? new LiveStoryBridge(id, opened.session, opened.state, opened.cursor, opened.user) : null;
}
