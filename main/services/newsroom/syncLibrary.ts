// The desktop's sync agent: brings every shared story of the library in step with the newsroom
// server through Hocuspocus's own provider, over one WebSocket. Per story:
//   1. start a document from what the server last acknowledged storing (the story's state);
//   2. let the provider fetch what the server has beyond it: that is "theirs";
//   3. compare fields three ways (acknowledged, mine = state + pending, theirs): a field
//      changed on both sides to different values is a conflict, kept with both values;
//   4. apply the pending updates (the provider sends them), ask the server to store, and wait
//      for its answer: only then are they dropped from the pending queue.
// A story whose sync fails keeps everything local and is reported with the server's reason.
// A story with nothing pending whose revision on the server (how many times it was stored) is
// the one it was last in step at is skipped: nobody changed it on either side.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { GalleyError } from '../../../src/api/result';
import { findFieldConflicts, type FieldConflict } from '../../../src/newsroom/fieldConflicts';
import { NEWSROOM_PROTOCOL } from '../../../src/newsroom/storyDoc';
import { docOf, fieldValues } from '../../../src/newsroom/storyYjs';
import { parseNotStoredNotice, parseStoredReply, storeRequest } from '../../../src/newsroom/syncMessages';
import { clockWarning, covers, isUnchanged } from '../../../src/newsroom/syncRules';
import type { StorePort } from '../../store/storePort';
import type { NewsroomConnection } from './newsroomConnection';

export type SyncOptions = Readonly<{
  /** How long one story may wait on a server that stopped answering (ms). Default 60 000. */
  patienceMs?: number;
  /** Stories synced at once over the one socket. Default 4. */
  concurrency?: number;
  /** Stories to leave alone: those open live, which their live session keeps in step (liveStories.ts). */
  skip?: (storyId: string) => boolean;
  /**
   * Only these stories, each with the server's revision when known (a notice on the library
   * channel says it): the server's list is not fetched and stories created here are not shared.
   * Default: the whole library.
   */
  stories?: ReadonlyMap<string, number | undefined>;
}>;

export type StorySyncFailure = Readonly<{ storyId: string; reason: string }>;

export type SyncReport = {
  url: string;
  stories: number;
  /** Stories changed on neither side since they were last in step: not opened on the server. */
  unchanged: number;
  /** Stories this library did not have before. */
  received: string[];
  /** Stories whose text changed here because of the sync. */
  changed: string[];
  /** Stories with local changes the server has now stored. */
  sent: string[];
  conflicts: (FieldConflict & { storyId: string })[];
  failures: StorySyncFailure[];
  /** What the person should know though nothing failed (a clock that is off). */
  warnings: string[];
};

const EMPTY_STATE = Y.encodeStateAsUpdate(new Y.Doc());

export function httpUrlOf(url: string, path: string): string {
  const address = new URL(url);
  address.protocol = address.protocol === 'wss:' ? 'https:' : 'http:';
  address.pathname = path;
  return address.href;
}

/** Reasons for a whole sync failing, each with what the person can do. */
function unreachable(url: string, error: unknown): GalleyError {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return new GalleyError('io', `Cannot reach the newsroom server at ${url} (${cause?.code ?? cause?.message ?? (error as Error).message}); your changes are kept here and go out at the next sync.`);
}

export async function getJson(url: string, init: RequestInit, connection: NewsroomConnection): Promise<{ status: number; body: Record<string, unknown> | null }> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw unreachable(connection.url, error);
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  return { status: response.status, body };
}

/** Checks the server is a Galley newsroom of this protocol; returns its time. */
async function checkServer(connection: NewsroomConnection): Promise<{ time: unknown }> {
  const health = await getJson(httpUrlOf(connection.url, '/health'), {}, connection);
  if (health.status !== 200 || health.body?.status !== 'ok') {
    throw new GalleyError('io', `${connection.url} does not answer as a Galley newsroom server (HTTP ${health.status}).`);
  }
  if (health.body.protocol !== NEWSROOM_PROTOCOL) {
    throw new GalleyError(
      'io',
      `The newsroom server at ${connection.url} speaks protocol ${String(health.body.protocol ?? 'unknown')} and this Galley speaks ${NEWSROOM_PROTOCOL}; update the older one. Nothing was synced.`,
    );
  }
  return { time: health.body.time };
}

/** Checks the server is a Galley newsroom of this protocol and that it takes the token; returns its stories' revisions by id and its time. */
export async function serverStories(connection: NewsroomConnection): Promise<{ revisions: Map<string, number>; time: unknown }> {
  const { time } = await checkServer(connection);
  const list = await getJson(httpUrlOf(connection.url, '/stories'), { headers: { authorization: `Bearer ${connection.token}` } }, connection);
  if (list.status === 401) throw new GalleyError('io', `The newsroom refused this library's token: ${String(list.body?.error ?? 'not valid')} Your changes are kept here.`);
  if (list.status !== 200 || !Array.isArray(list.body?.stories)) throw new GalleyError('io', `The newsroom server at ${connection.url} did not list its stories (HTTP ${list.status}).`);
  return { revisions: new Map((list.body.stories as { id: string; revision: number }[]).map((story) => [story.id, story.revision])), time };
}

/** Who the newsroom knows this library's token as: the name others see beside this person's caret. */
export async function memberOf(connection: NewsroomConnection): Promise<{ name: string; role: string }> {
  const me = await getJson(httpUrlOf(connection.url, '/me'), { headers: { authorization: `Bearer ${connection.token}` } }, connection);
  if (me.status !== 200 || typeof me.body?.name !== 'string') throw new GalleyError('io', `The newsroom server at ${connection.url} did not say who this token belongs to (HTTP ${me.status}).`);
  return { name: me.body.name, role: String(me.body.role) };
}

/**
 * One story's connection as events: resolves `synced` once the server's state is in, `stored`
 * when the server answers a store request; either rejects with the server's reason when it
 * refuses the token or a change, or when the connection is lost.
 */
class StorySession {
  readonly remote = new Y.Doc();
  private readonly provider: HocuspocusProvider;
  private failure: string | null = null;
  private readonly waiters = new Set<() => void>();
  private storedReplies = new Map<number, { stateVector: Uint8Array; revision: number }>();
  private readonly storeRequests = new Set<number>();

  constructor(socket: HocuspocusProviderWebsocket, storyId: string, token: string, acknowledged: Uint8Array) {
    Y.applyUpdate(this.remote, acknowledged);
    this.provider = new HocuspocusProvider({ websocketProvider: socket, name: storyId, document: this.remote, token });
    this.provider.on('authenticationFailed', ({ reason }: { reason: string }) => this.fail(`The newsroom refused this library's token: ${reason}`));
    this.provider.on('close', ({ event }: { event: { code?: number; reason?: string } }) =>
      this.fail(event.reason ? `The newsroom refused the change: ${event.reason}` : 'The connection to the newsroom server was lost before the story was stored.'),
    );
    this.provider.on('stateless', ({ payload }: { payload: string }) => {
      const reply = parseStoredReply(payload);
      if (reply) this.storedReplies.set(reply.id, reply);
      // The server could not store what this session asked it to (its database is away).
      const notStored = parseNotStoredNotice(payload);
      if (notStored?.id !== undefined && this.storeRequests.has(notStored.id)) this.fail(`The newsroom server could not store the story: ${notStored.reason}`);
      this.wake();
    });
    this.provider.on('synced', () => this.wake());
    this.provider.attach();
  }

  private fail(reason: string): void {
    this.failure ??= reason;
    this.wake();
  }

  private wake(): void {
    for (const waiter of this.waiters) waiter();
  }

  /** Waits until `ready` returns a value, or fails with the session's failure or after `patienceMs`. */
  private until<T>(ready: () => T | undefined, patienceMs: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        if (this.failure !== null) return finish(() => reject(new Error(this.failure!)));
        const value = ready();
        if (value !== undefined) finish(() => resolve(value));
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`The newsroom server stopped answering while ${what}.`))), patienceMs);
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        settle();
      };
      this.waiters.add(check);
      check();
    });
  }

  synced(patienceMs: number): Promise<true> {
    return this.until(() => (this.provider.synced ? true : undefined), patienceMs, 'sending the story');
  }

  /** Asks the server to store the story now; resolves with what it stored: its state vector and revision. */
  async stored(id: number, patienceMs: number): Promise<{ stateVector: Map<number, number>; revision: number }> {
    this.storeRequests.add(id);
    this.provider.sendStateless(storeRequest(id));
    const reply = await this.until(() => this.storedReplies.get(id), patienceMs, 'storing the story');
    return { stateVector: Y.decodeStateVector(reply.stateVector), revision: reply.revision };
  }

  destroy(): void {
    this.provider.destroy();
    this.remote.destroy();
  }
}

let nextRequest = 1;

async function syncStory(
  store: StorePort,
  socket: () => HocuspocusProviderWebsocket,
  connection: NewsroomConnection,
  story: { id: string; serverRevision: number | undefined },
  patienceMs: number,
  report: SyncReport,
): Promise<void> {
  const storyId = story.id;
  const shared = await store.sharedStoryState(storyId);
  if (isUnchanged(shared, story.serverRevision)) {
    report.unchanged += 1;
    return;
  }
  const acknowledged = shared?.state ?? EMPTY_STATE;
  const pending = shared?.pending ?? [];
  const session = new StorySession(socket(), storyId, connection.token, acknowledged);
  try {
    await session.synced(patienceMs);
    const conflicts = pending.length
      ? findFieldConflicts(fieldValues(docOf([acknowledged])), fieldValues(docOf([acknowledged, ...pending.map((p) => p.update)])), fieldValues(session.remote))
      : [];
    // The provider sends what these add to the server's state; the store request follows them.
    for (const { update } of pending) Y.applyUpdate(session.remote, update);
    const stored = await session.stored(nextRequest++, patienceMs);
    if (!covers(stored.stateVector, Y.decodeStateVector(Y.encodeStateVector(session.remote)))) {
      throw new Error('The newsroom server did not store all of this story; your changes are kept here, sync again.');
    }
    const { changed } = await store.acknowledgeSync({
      id: storyId,
      state: Y.encodeStateAsUpdate(session.remote),
      serverRevision: stored.revision,
      ackedThrough: pending.at(-1)?.seq ?? 0,
      conflicts,
    });
    if (!shared) report.received.push(storyId);
    else if (changed) report.changed.push(storyId);
    if (pending.length) report.sent.push(storyId);
    report.conflicts.push(...conflicts.map((conflict) => ({ storyId, ...conflict })));
  } catch (error) {
    report.failures.push({ storyId, reason: (error as Error).message });
  } finally {
    session.destroy();
  }
}

/**
 * Brings the library in step with the newsroom: stories created here are shared (converted
 * once), stories only the server has are fetched, every shared story is synced. Throws when
 * the server cannot be reached, is another protocol version or refuses the token; a story the
 * server refuses is listed in `failures` with the reason, and keeps its local changes.
 */
export async function syncLibrary(store: StorePort, connection: NewsroomConnection, options: SyncOptions = {}): Promise<SyncReport> {
  let revisions: ReadonlyMap<string, number | undefined>;
  let ids: string[];
  let time: unknown;
  if (options.stories) {
    ({ time } = await checkServer(connection));
    revisions = options.stories;
    ids = [...options.stories.keys()].filter((id) => !options.skip?.(id)).sort();
  } else {
    const listed = await serverStories(connection);
    ({ revisions, time } = listed);
    await store.shareLocalStories();
    ids = [...new Set([...(await store.sharedStoryIds()), ...listed.revisions.keys()])].filter((id) => !options.skip?.(id)).sort();
  }
  const report: SyncReport = { url: connection.url, stories: ids.length, unchanged: 0, received: [], changed: [], sent: [], conflicts: [], failures: [], warnings: clockWarning(time, connection.url) };
  // Opened only when a story needs it: closing a socket still connecting is an error in ws.
  let socket: HocuspocusProviderWebsocket | undefined;
  const socketOnce = () => (socket ??= new HocuspocusProviderWebsocket({ url: `${connection.url}?protocol=${NEWSROOM_PROTOCOL}`, WebSocketPolyfill: WebSocket }));
  try {
    const queue = [...ids];
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        await syncStory(store, socketOnce, connection, { id, serverRevision: revisions.get(id) }, options.patienceMs ?? 60_000, report);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  } finally {
    socket?.destroy();
  }
  return report;
}
