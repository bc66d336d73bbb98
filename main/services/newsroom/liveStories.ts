// Shared stories edited live (issue 21, "Live together"). For each shared story open in a window
// while the library is connected, the services keep the story's Y.Doc and a HocuspocusProvider
// to the newsroom (the provider syncLibrary.ts uses). The page keeps its own Y.Doc, bound to
// TipTap's Collaboration, in step with this one over the contract: its updates come in batches
// (sendLiveUpdates), others' go out by long poll (pollLiveStory), which works the same over
// Electron IPC and the test host's HTTP, and the page never opens a network connection.
//
// Nothing typed is lost: the page's updates are kept as pending at once, before anything else
// sees them, and leave the pending queue only when the server says it has stored them; others'
// updates join the story's state. The story's row (list, search, export) is derived from the
// document off the typing path, once changes settle, and before any other method reads or
// writes the story (services.ts).
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { randomBytes } from 'node:crypto';
import { WebSocket } from 'ws';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { GalleyError } from '../../../src/api/result';
import type { LiveConnection, LiveStoryNews, LiveStoryOpened, LiveUser } from '../../../src/newsroom/liveStory';
import { caretColourOf } from '../../../src/newsroom/liveStory';
import { NEWSROOM_PROTOCOL } from '../../../src/newsroom/storyDoc';
import { parseStoredReply, storeRequest } from '../../../src/newsroom/syncMessages';
import { covers } from '../../../src/newsroom/syncRules';
import type { StorePort } from '../../store/storePort';
import type { NewsroomConnection } from './newsroomConnection';
import { memberOf } from './syncLibrary';

export type LiveOptions = Readonly<{
  /** How long after the last change the row is derived and the server asked to store (ms). */
  settleMs?: number;
  /** The longest changes wait for that while someone keeps typing (ms). */
  maxSettleMs?: number;
  /** A window that has not polled for this long is gone (ms). */
  sessionTimeoutMs?: number;
}>;

/** Reconnecting after the server went away: soon at first, never more than 5 s apart while someone types. */
const RECONNECT = { delay: 250, minDelay: 250, factor: 1.5, maxDelay: 5_000 } as const;

/** Hocuspocus's own reasons for closing a story that are not a refusal (@hocuspocus/common's ResetConnection, ConnectionTimeout). */
const SERVER_RESETS = new Set(['Reset Connection', 'Connection Timeout']);

/** The setting keeping this person's newsroom name, so a story opened offline still carries it. */
const MEMBER_SETTING = 'newsroom.member';

/** The origin of updates written by other methods (a field saved, a status set). */
const LIBRARY_ORIGIN = 'library';

type Change = { seq: number; update: Uint8Array; from: string | null };

class LiveStory {
  readonly doc = new Y.Doc();
  private readonly provider: HocuspocusProvider;
  private readonly socket: HocuspocusProviderWebsocket;
  /** Every change since the oldest session's cursor: what each session has not seen yet. */
  private changes: Change[] = [];
  private seq = 0;
  /** Each open window, and when it last asked for news. */
  readonly sessions = new Map<string, { seenAt: number; cursor: number }>();
  private awarenessVersion = 0;
  private connection: LiveConnection = { state: 'connecting', reason: null };
  /** Counts connection changes, so that a page learns of one made while it was not asking. */
  private connectionVersion = 0;
  private readonly waiters = new Set<() => void>();
  /** Others' updates not yet in the library. */
  private received: Uint8Array[] = [];
  /** The last pending update (its seq in the library) in this document, and the last the server stored. */
  private pendingThrough = 0;
  private ackedThrough = 0;
  private readonly storeRequests = new Map<number, { through: number; stateVector: Map<number, number> }>();
  private nextRequest = 1;
  /** Changes not yet derived into the row or stored by the server. */
  private unsettledSince: number | null = null;
  private settleTimer: NodeJS.Timeout | undefined;
  /** One store write after another, in order, for this story. */
  private work: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly store: StorePort,
    readonly id: string,
    connection: NewsroomConnection,
    shared: { state: Uint8Array; pending: readonly { seq: number; update: Uint8Array }[] },
    /** This person, as the others see them beside their caret. */
    readonly user: LiveUser,
    private readonly options: Required<LiveOptions>,
  ) {
    Y.applyUpdate(this.doc, shared.state, LIBRARY_ORIGIN);
    for (const { update } of shared.pending) Y.applyUpdate(this.doc, update, LIBRARY_ORIGIN);
    this.pendingThrough = shared.pending.at(-1)?.seq ?? 0;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.changed(update, origin));
    this.socket = new HocuspocusProviderWebsocket({ url: `${connection.url}?protocol=${NEWSROOM_PROTOCOL}`, WebSocketPolyfill: WebSocket, ...RECONNECT });
    this.provider = new HocuspocusProvider({ websocketProvider: this.socket, name: id, document: this.doc, token: connection.token });
    this.provider.on('status', ({ status }: { status: string }) => {
      if (status !== 'connected') this.setConnection({ state: this.connection.state === 'refused' ? 'refused' : 'connecting', reason: this.connection.reason });
    });
    this.provider.on('synced', () => {
      this.setConnection({ state: 'connected', reason: null });
      // What was typed while apart went out with the sync: have it stored.
      this.unsettledSince ??= Date.now();
      this.scheduleSettle();
    });
    this.provider.on('authenticationFailed', ({ reason }: { reason: string }) => this.setConnection({ state: 'refused', reason: `The newsroom refused this library's token: ${reason}` }));
    this.provider.on('close', ({ event }: { event: { reason?: string } }) => {
      if (!event.reason) return;
      if (SERVER_RESETS.has(event.reason)) {
        // The server closed the story (it is stopping): the socket may stay open a moment while
        // the story is gone from it, so start again on a new one, as after a lost connection.
        this.socket.webSocket?.close();
        return;
      }
      this.setConnection({ state: 'refused', reason: `The newsroom refused the change: ${event.reason} Your typing is kept here.` });
    });
    this.provider.on('stateless', ({ payload }: { payload: string }) => this.storedReply(payload));
    this.provider.awareness!.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      const own = this.provider.awareness!.clientID;
      if ([...added, ...updated, ...removed].some((client) => client !== own)) {
        this.awarenessVersion += 1;
        this.wake();
      }
    });
    this.provider.attach();
  }

  private changed(update: Uint8Array, origin: unknown): void {
    this.seq += 1;
    this.changes.push({ seq: this.seq, update, from: typeof origin === 'string' && this.sessions.has(origin) ? origin : null });
    if (origin === this.provider) this.received.push(update);
    this.unsettledSince ??= Date.now();
    this.scheduleSettle();
    this.wake();
  }

  private setConnection(connection: LiveConnection): void {
    if (connection.state === this.connection.state && connection.reason === this.connection.reason) return;
    this.connection = connection;
    this.connectionVersion += 1;
    this.wake();
  }

  private wake(): void {
    for (const waiter of this.waiters) waiter();
  }

  private queue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.work.then(task, task);
    this.work = next.catch(() => undefined);
    return next;
  }

  open(): { session: string; state: Uint8Array; cursor: number } {
    const session = randomBytes(12).toString('hex');
    this.sessions.set(session, { seenAt: Date.now(), cursor: this.seq });
    return { session, state: Y.encodeStateAsUpdate(this.doc), cursor: this.seq };
  }

  /** The page's updates: kept in the library first, then applied here, and the provider sends them. */
  async receive(session: string, updates: Uint8Array[], awareness: Record<string, unknown> | null | undefined): Promise<number> {
    this.touch(session);
    if (updates.length) {
      const through = await this.queue(() => this.store.addLiveUpdates(this.id, updates));
      this.pendingThrough = Math.max(this.pendingThrough, through);
      if (!this.closed) this.doc.transact(() => updates.forEach((update) => Y.applyUpdate(this.doc, update, session)), session);
    }
    if (awareness !== undefined && !this.closed) this.provider.awareness!.setLocalState(awareness);
    return updates.length;
  }

  /** Another method wrote the story (a field, the status): its pending updates join this document. */
  async pullLibraryChanges(): Promise<void> {
    const shared = await this.store.sharedStoryState(this.id);
    if (!shared || this.closed) return;
    this.doc.transact(() => shared.pending.forEach(({ update }) => Y.applyUpdate(this.doc, update, LIBRARY_ORIGIN)), LIBRARY_ORIGIN);
    this.pendingThrough = Math.max(this.pendingThrough, shared.pending.at(-1)?.seq ?? 0);
  }

  /** Answers at once with news after `cursor` or awareness newer than `awarenessSeen`, else when some comes or after `waitMs`. */
  async poll(session: string, seen: { cursor: number; awareness: number; connection: number }, waitMs: number): Promise<LiveStoryNews> {
    const { cursor } = seen;
    this.touch(session);
    const news = () =>
      this.changes.some((change) => change.seq > cursor && change.from !== session) || this.awarenessVersion > seen.awareness || this.connectionVersion !== seen.connection;
    if (!news() && !this.closed && waitMs > 0) {
      await new Promise<void>((resolve) => {
        const check = () => {
          if (news() || this.closed) finish();
        };
        const timer = setTimeout(() => finish(), waitMs);
        const finish = () => {
          clearTimeout(timer);
          this.waiters.delete(check);
          resolve();
        };
        this.waiters.add(check);
      });
    }
    const entry = this.sessions.get(session);
    if (entry) {
      entry.seenAt = Date.now();
      entry.cursor = this.seq;
    }
    const updates = this.changes.filter((change) => change.seq > cursor && change.from !== session).map((change) => toBase64(change.update));
    this.forgetSeenChanges();
    const awareness = this.provider.awareness!;
    const others = [...awareness.meta.keys()].filter((client) => client !== awareness.clientID);
    return {
      updates,
      cursor: this.seq,
      awareness: this.awarenessVersion > seen.awareness ? { update: toBase64(encodeAwarenessUpdate(awareness, others)), version: this.awarenessVersion } : null,
      connection: { ...this.connection, version: this.connectionVersion },
      closed: this.closed || !this.sessions.has(session),
    };
  }

  private touch(session: string): void {
    const entry = this.sessions.get(session);
    if (entry) entry.seenAt = Date.now();
  }

  private forgetSeenChanges(): void {
    const oldest = Math.min(...[...this.sessions.values()].map((s) => s.cursor));
    this.changes = this.changes.filter((change) => change.seq > oldest);
  }

  /** Sessions of windows that stopped asking (closed without saying so); true when none is left. */
  sweep(now: number): boolean {
    for (const [session, entry] of this.sessions) if (now - entry.seenAt > this.options.sessionTimeoutMs) this.sessions.delete(session);
    return this.sessions.size === 0;
  }

  private scheduleSettle(): void {
    if (this.closed || this.unsettledSince === null) return;
    clearTimeout(this.settleTimer);
    const wait = Math.max(0, Math.min(this.options.settleMs, this.unsettledSince + this.options.maxSettleMs - Date.now()));
    this.settleTimer = setTimeout(() => void this.settle().catch(() => undefined), wait);
  }

  /**
   * Brings the library in step with the document: others' updates into the story's state, the
   * row derived again; then, when connected, asks the server to store what was typed here.
   */
  settle(): Promise<void> {
    clearTimeout(this.settleTimer);
    if (this.unsettledSince === null) return this.work.then(() => undefined);
    this.unsettledSince = null;
    return this.queue(async () => {
      const received = this.received.splice(0);
      if (received.length) await this.store.addReceivedUpdates(this.id, received);
      await this.store.deriveSharedStory(this.id);
      if (this.pendingThrough > this.ackedThrough && this.provider.synced && !this.closed) this.askToStore();
    });
  }

  private askToStore(): void {
    const id = this.nextRequest++;
    this.storeRequests.set(id, { through: this.pendingThrough, stateVector: Y.decodeStateVector(Y.encodeStateVector(this.doc)) });
    this.provider.sendStateless(storeRequest(id));
  }

  private storedReply(payload: string): void {
    const reply = parseStoredReply(payload);
    const request = reply && this.storeRequests.get(reply.id);
    if (!reply || !request) return;
    this.storeRequests.delete(reply.id);
    if (!covers(Y.decodeStateVector(reply.stateVector), request.stateVector)) {
      // The server had not seen everything yet (a reconnect's sync still going): ask again.
      this.unsettledSince ??= Date.now();
      this.scheduleSettle();
      return;
    }
    if (request.through <= this.ackedThrough) return;
    void this.queue(async () => {
      await this.store.acknowledgeLive({ id: this.id, serverRevision: reply.revision, ackedThrough: request.through });
      this.ackedThrough = Math.max(this.ackedThrough, request.through);
    }).catch(() => undefined);
  }

  /** Stops: what is typed is in the library already; the row is derived one last time. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.settle().catch(() => undefined);
    this.closed = true;
    this.sessions.clear();
    this.wake();
    this.provider.destroy();
    this.socket.destroy();
    this.doc.destroy();
  }
}

export type LiveStories = ReturnType<typeof createLiveStories>;

/**
 * The live stories of one library. `connection` reads the library's newsroom connection (null
 * when it is not connected); `isLive` tells other syncs (Sync now, background sync) to leave an
 * open story to its live session.
 */
export function createLiveStories(store: StorePort, connection: () => Promise<NewsroomConnection | null>, options: LiveOptions = {}) {
  const settings: Required<LiveOptions> = { settleMs: 400, maxSettleMs: 2_000, sessionTimeoutMs: 60_000, ...options };
  const stories = new Map<string, LiveStory>();
  /** Stories being opened: two windows opening one story at once share one session. */
  const opening = new Map<string, Promise<LiveStory | string>>();

  const sweeper = setInterval(() => {
    for (const story of stories.values()) if (story.sweep(Date.now())) void closeStory(story);
  }, Math.min(settings.sessionTimeoutMs, 10_000));
  sweeper.unref();

  async function closeStory(story: LiveStory): Promise<void> {
    stories.delete(story.id);
    await story.close();
  }

  async function whoAmI(current: NewsroomConnection): Promise<LiveUser> {
    let name = (await store.getSetting(MEMBER_SETTING)) as string | undefined;
    try {
      const member = await memberOf(current);
      if (member.name !== name) await store.setSetting(MEMBER_SETTING, member.name);
      name = member.name;
    } catch {
      // Offline: the name known from before, and the story is still live here.
    }
    const shown = name ?? 'Newsroom member';
    return { name: shown, color: caretColourOf(shown) };
  }

  async function start(id: string): Promise<LiveStory | string> {
    let current: NewsroomConnection | null;
    try {
      current = await connection();
    } catch (error) {
      return (error as Error).message;
    }
    if (!current) return 'This library is not connected to a newsroom.';
    const shared = await store.sharedStoryState(id);
    if (!shared) return 'This story is not shared with the newsroom yet: Sync now shares it.';
    await store.getStory(id);
    const story = new LiveStory(store, id, current, shared, await whoAmI(current), settings);
    stories.set(id, story);
    return story;
  }

  const storyOf = (id: string, session: string): LiveStory | undefined => {
    const story = stories.get(id);
    return story?.sessions.has(session) ? story : undefined;
  };

  const closedNews = (): LiveStoryNews => ({ updates: [], cursor: 0, awareness: null, connection: { state: 'connecting', reason: null, version: 0 }, closed: true });

  return {
    isLive: (id: string): boolean => stories.has(id),

    /** Before another method reads or writes a live story: the row holds everything typed. */
    async settle(id: string): Promise<void> {
      await stories.get(id)?.settle();
    },

    /** After another method wrote a live story: what it wrote joins the live document. */
    async pullLibraryChanges(id: string): Promise<void> {
      await stories.get(id)?.pullLibraryChanges();
    },

    /** Ends every live session (the library disconnected, or the services stop). */
    async closeAll(): Promise<void> {
      await Promise.all([...stories.values()].map(closeStory));
    },

    handlers: {
      openLiveStory: async ({ id }: { id: string }): Promise<LiveStoryOpened> => {
        let story: LiveStory | string | undefined = stories.get(id);
        if (!story) {
          const pending = opening.get(id) ?? start(id).finally(() => opening.delete(id));
          opening.set(id, pending);
          story = await pending;
        }
        if (typeof story === 'string') return { live: false, reason: story };
        const { session, state, cursor } = story.open();
        return { live: true, session, state: toBase64(state), cursor, user: story.user };
      },
      sendLiveUpdates: async ({ id, session, updates, awareness }: { id: string; session: string; updates: string[]; awareness?: Record<string, unknown> | null }) => {
        const story = storyOf(id, session);
        if (!story) throw new GalleyError('not-found', 'This story is no longer open live here; open it again.');
        return { kept: await story.receive(session, updates.map(fromBase64), awareness) };
      },
      pollLiveStory: async ({ id, session, waitMs, ...seen }: { id: string; session: string; cursor: number; awareness: number; connection: number; waitMs: number }): Promise<LiveStoryNews> => {
        const story = storyOf(id, session);
        return story ? story.poll(session, seen, waitMs) : closedNews();
      },
      closeLiveStory: async ({ id, session }: { id: string; session: string }) => {
        const story = storyOf(id, session);
        if (!story) return { closed: false };
        story.sessions.delete(session);
        if (story.sessions.size === 0) await closeStory(story);
        return { closed: true };
      },
    },
  };
}
