import { Server, type Connection, type DirectConnection, type Document, type Extension } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import type { Duplex } from 'node:stream';
import { LIBRARY_CHANNEL, storyStoredNotice } from '../src/newsroom/libraryChannel';
import { withMemberName } from '../src/newsroom/presence';
import { UNRESTRICTED_ROLES, refusalOf } from '../src/newsroom/roles';
import { NEWSROOM_PROTOCOL, STORY_ID_PATTERN } from '../src/newsroom/storyDoc';
import { notStoredNotice, parseStoreRequest, storedReply } from '../src/newsroom/syncMessages';
import * as Y from 'yjs';
import { handleDeskRequest, isDeskRequest } from './desk/deskRequests';
import { createNewsroomDesk } from './desk/sendFromNewsroom';
import { documentStorage } from './documentStorage';
import type { Log } from './log';
import { RedisRelay } from './redisRelay';
import { DATABASE_UNREACHABLE, Refusal, TRY_AGAIN_LATER } from './refusal';
import { hashToken, type Member, type NewsroomStore, type StoryRecord } from './store/store';
import { effectOfUpdate } from './storyChanges';

export type NewsroomOptions = Readonly<{
  store: NewsroomStore;
  log: Log;
  port: number;
  host: string;
  /** Joins this instance to others sharing the same PostgreSQL. */
  redis?: { url: string; prefix: string };
  /** How long the server waits after the last change before storing a document (ms); default Hocuspocus's 2 000. */
  storeDebounceMs?: number;
  /** The server's clock, reported on /health so a desktop can say its own is off; tests set it. Default: the system clock. */
  now?: () => Date;
  /** How often open connections are checked against removed people (ms). */
  revocationCheckMs?: number;
  /** The largest message a client may send (bytes); a larger one closes its connection. Default 16 MiB. */
  maxMessageBytes?: number;
  /** How long `stop()` keeps trying to store documents the database refuses before giving up on them (ms). Default 30 000. */
  stopPatienceMs?: number;
}>;

export type RunningNewsroom = Readonly<{
  /** The WebSocket address clients connect to. */
  url: string;
  healthUrl: string;
  /** Closes every connection, stores every document, then closes the store. */
  stop(): Promise<void>;
}>;

/** What the server knows about each connection, from its token. */
type ConnectionContext = { member: Member; tokenHash: string };

function protocolMismatch(theirs: string): string {
  return `This newsroom server speaks protocol ${NEWSROOM_PROTOCOL} and this Galley speaks ${theirs}; update the older one.`;
}

const REVOKED = "Your invitation was revoked; ask the newsroom's admin for a new one.";

const CHANNEL_IS_READ_ONLY = 'The library channel is the newsroom server\'s own: a desktop listens on it and writes nothing into it.';

// y-protocols message numbers: a Sync message (0) of type step 2 (1) or update (2) carries changes.
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The Yjs update a client message carries, or null for messages that change nothing (awareness, sync step 1). */
function updateInMessage(message: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
  const syncType = decoding.readVarUint(decoder);
  return syncType === SYNC_STEP_2 || syncType === SYNC_UPDATE ? decoding.readVarUint8Array(decoder) : null;
}

/**
 * Starts a newsroom server: Hocuspocus with stories stored as Yjs binaries in `store`,
 * every connection authenticated by its invitation token, every change checked against the
 * sender's role before it is applied.
 */
export async function startNewsroom(options: NewsroomOptions): Promise<RunningNewsroom> {
  const { store, log } = options;
  const desk = createNewsroomDesk({ store, log, now: options.now });

  const access: Extension = {
    async onAuthenticate({ token, documentName, requestParameters }): Promise<ConnectionContext> {
      if (documentName !== LIBRARY_CHANNEL && !STORY_ID_PATTERN.test(documentName)) throw new Refusal(`"${documentName}" is not a story id.`);
      const protocol = requestParameters.get('protocol');
      if (protocol !== null && protocol !== String(NEWSROOM_PROTOCOL)) throw new Refusal(protocolMismatch(protocol), 4400);
      const tokenHash = hashToken(token ?? '');
      const member = await fromStore('authenticate', () => store.memberByTokenHash(tokenHash));
      if (!member) throw new Refusal('This invitation token is not valid (revoked, or never issued).', 4401);
      log({ event: 'connected', member: member.name, role: member.role, story: documentName });
      return { member, tokenHash };
    },

    // Read now, so a person who has not typed yet can go on when the store stops answering.
    async connected({ connection, documentName }) {
      if (knownRecords.has(connection.document)) return;
      try {
        knownRecords.set(connection.document, await store.storyRecord(documentName));
      } catch {
        // Read again with their first change; refused then only if the store still cannot answer.
      }
    },

    async beforeHandleMessage({ context, document, documentName, update: message }) {
      const { member, tokenHash } = context as ConnectionContext;
      const update = updateInMessage(message);
      if (update === null) return;
      if (documentName === LIBRARY_CHANNEL) {
        // A client's first sync answer carries its (empty) state: only an update that changes something is a write.
        const effect = effectOfUpdate(document, update);
        if (effect.kind === 'incomplete' || effect.changes.length > 0) throw refused(member, documentName, CHANNEL_IS_READ_ONLY);
        return;
      }
      const record = await recordFor(document, member, tokenHash);
      if (!UNRESTRICTED_ROLES.has(member.role)) {
        // Only limited roles pay for working out what an update changes.
        const effect = effectOfUpdate(document, update);
        if (effect.kind === 'incomplete') throw refused(member, documentName, 'This change builds on edits the server has not seen; sync the story first.');
        if (effect.changes.length === 0) return;
        const isOwnerOrAssignee = record !== null && (record.owner === member.name || record.assignees.includes(member.name));
        for (const change of effect.changes) {
          const reason = refusalOf(member.role, { exists: record !== null, isOwnerOrAssignee }, change);
          if (reason !== null) throw refused(member, documentName, reason);
        }
      }
      if (!record) {
        await fromStore('create story', () => store.createStory(documentName, member.name));
        knownRecords.set(document, { owner: member.name, assignees: [] });
      }
    },

    // A desktop asks for its changes to be stored now, and keeps them until told they are.
    async onStateless({ connection, document, documentName, payload }) {
      const request = parseStoreRequest(payload);
      if (request === null || documentName === LIBRARY_CHANNEL) return;
      const stateVector = Y.encodeStateVector(document);
      let revision: number;
      try {
        revision = await storeStory(documentName, Y.encodeStateAsUpdate(document));
      } catch (error) {
        log({ event: 'store-failed', level: 'error', story: documentName, on: 'request', error: (error as Error).message });
        connection.sendStateless(notStoredNotice(DATABASE_UNREACHABLE, request.id));
        return;
      }
      log({ event: 'stored', story: documentName, on: 'request' });
      connection.sendStateless(storedReply(request.id, stateVector, revision));
    },

    // The name others see is the one the server knows from the token, whatever the client claims.
    async beforeHandleAwareness({ context, states }) {
      const { member } = (context ?? {}) as Partial<ConnectionContext>;
      if (!member) return;
      for (const [clientId, state] of states) states.set(clientId, withMemberName(state, member.name));
    },

    async onDisconnect({ context, documentName }) {
      const { member } = context as Partial<ConnectionContext>;
      if (member) log({ event: 'disconnected', member: member.name, story: documentName });
    },

    async afterStoreDocument({ documentName }) {
      if (documentName !== LIBRARY_CHANNEL) log({ event: 'stored', story: documentName });
    },

    async onRequest({ request, response, instance }) {
      const reply = (status: number, body: unknown) => {
        response.writeHead(status, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(body));
        // Hocuspocus reads an empty rejection as "answered": no default reply follows.
        return Promise.reject(null);
      };
      if (request.url === '/health') {
        const time = (options.now ?? (() => new Date()))().toISOString();
        // The library channel is always open here, on a connection of the server's own: not counted.
        return reply(200, { status: 'ok', protocol: NEWSROOM_PROTOCOL, time, documents: instance.getDocumentsCount() - 1, connections: instance.getConnectionsCount() - 1 });
      }
      if (request.url === '/stories' || request.url === '/me') {
        const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
        const member = token === undefined ? null : await store.memberByTokenHash(hashToken(token));
        if (!member) return reply(401, { error: 'This invitation token is not valid (revoked, or never issued).' });
        // Who the token belongs to: the name a desktop shows beside its person's caret.
        if (request.url === '/me') return reply(200, { name: member.name, role: member.role });
        // The library's list, for a desktop to fetch the stories it does not have yet.
        return reply(200, { stories: await store.stories() });
      }
      if (isDeskRequest(request.url)) {
        try {
          const answer = await handleDeskRequest(store, desk, instance, request);
          return reply(answer.status, answer.body);
        } catch (error) {
          log({ event: 'desk-failed', level: 'error', url: request.url, error: (error as Error).message });
          return reply(500, { error: `The newsroom server could not do this: ${(error as Error).message}` });
        }
      }
    },
  };

  /**
   * What this instance last read of each open story's record, for when the store cannot
   * answer (PostgreSQL restarting): the story's people keep writing, checked against it, and
   * what they write is stored once the store is back.
   */
  const knownRecords = new WeakMap<Document, StoryRecord | null>();

  /** The story's record for a change, after checking its sender was not removed. */
  async function recordFor(document: Document, member: Member, tokenHash: string): Promise<StoryRecord | null> {
    try {
      // Both reads at once: Hocuspocus handles a connection's messages one after another, so each
      // round trip here is paid by every key the person types next (docs/benchmarks.md, issue 22).
      const [current, record] = await Promise.all([store.memberByTokenHash(tokenHash), store.storyRecord(document.name)]);
      if (!current) throw revoked(member, document.name);
      knownRecords.set(document, record);
      return record;
    } catch (error) {
      if (error instanceof Refusal) throw error;
      // A removal needs the store too, so nobody was removed while it cannot answer.
      if (knownRecords.has(document)) return knownRecords.get(document) ?? null;
      throw storeUnreachable('check a change', error as Error);
    }
  }

  /** Runs a store call; a store that cannot answer refuses the client with a reason it can act on. */
  async function fromStore<T>(what: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw storeUnreachable(what, error as Error);
    }
  }

  function storeUnreachable(what: string, error: Error): Refusal {
    log({ event: 'store-unreachable', level: 'error', while: what, error: error.message });
    return new Refusal(DATABASE_UNREACHABLE, TRY_AGAIN_LATER);
  }

  function revoked(member: Member, story: string): Refusal {
    log({ event: 'revoked', member: member.name, story });
    return new Refusal(REVOKED, 4401);
  }

  function refused(member: Member, story: string, reason: string): Refusal {
    log({ event: 'refused', level: 'warn', member: member.name, role: member.role, story, reason });
    return new Refusal(reason);
  }

  /** The revision each story was last announced at: storing an unchanged story again is no news. */
  const announced = new Map<string, number>();
  let channel: DirectConnection | undefined;

  /**
   * Stores a story and, when the store made a new revision, tells every desktop on the library
   * channel. The channel itself holds nothing worth keeping: it is never stored.
   */
  async function storeStory(storyId: string, state: Uint8Array): Promise<number> {
    if (storyId === LIBRARY_CHANNEL) return 0;
    const revision = await store.storeDocument(storyId, state);
    if (revision > (announced.get(storyId) ?? 0)) {
      announced.set(storyId, revision);
      // Through the Redis extension's beforeBroadcastStateless, desktops on other instances hear it too.
      server.hocuspocus.documents.get(LIBRARY_CHANNEL)?.broadcastStateless(storyStoredNotice(storyId, revision));
    }
    return revision;
  }

  // Hocuspocus's storage stores through storeStory, so its stores are announced too.
  const storage = documentStorage(Object.assign(Object.create(store) as NewsroomStore, { storeDocument: storeStory }), log);
  const extensions: Extension[] = [access, storage.extension];
  if (options.redis) {
    const { url, prefix } = options.redis;
    // The extension brings its own ioredis; hand it the URL's parts rather than a client of ours.
    const address = new URL(url);
    extensions.push(
      new RedisRelay(
        {
          host: address.hostname,
          port: Number(address.port || 6379),
          options: { username: address.username || undefined, password: address.password || undefined, db: Number(address.pathname.slice(1) || 0) },
          prefix,
        },
        log,
      ),
    );
  }

  const debounce = options.storeDebounceMs ?? 2_000;
  const server = new Server({
    port: options.port,
    address: options.host,
    quiet: true,
    stopOnSignals: false,
    extensions,
    // Hocuspocus's own ratio (2 s, at most 10 s) kept for a longer wait.
    debounce,
    maxDebounce: debounce * 5,
    // ws closes a connection whose message is larger (1009) before anything reads it.
    websocketOptions: { maxPayload: options.maxMessageBytes ?? 16 * 1024 * 1024 },
  });
  await server.listen();
  // Hocuspocus's destroy closes each story's connection but not the WebSockets: a client waits
  // up to 30 s to notice, and the process cannot exit meanwhile. Dropped once every document is
  // stored, so that clients reconnect at once (to another instance, behind a load balancer).
  const sockets = new Set<Duplex>();
  server.httpServer.on('upgrade', (_request, socket: Duplex) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  // Kept open by the server itself, so that every instance can broadcast on it (and hear other
  // instances' broadcasts through Redis) whether or not a desktop is connected to it here.
  channel = await server.hocuspocus.openDirectConnection(LIBRARY_CHANNEL, {});
  const { port } = server.address;
  const url = `ws://${options.host}:${port}`;
  const healthUrl = `http://${options.host}:${port}/health`;

  // `user remove` runs in another process: look for removed people among open connections.
  const revocationCheck = setInterval(() => {
    closeRevoked().catch((error: Error) => log({ event: 'revocation-check-failed', level: 'error', error: error.message }));
  }, options.revocationCheckMs ?? 1000);
  revocationCheck.unref();
  async function closeRevoked(): Promise<void> {
    const byToken = new Map<string, Connection[]>();
    for (const document of server.hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        const { tokenHash } = connection.context as ConnectionContext;
        byToken.set(tokenHash, [...(byToken.get(tokenHash) ?? []), connection]);
      }
    }
    for (const [tokenHash, connections] of byToken) {
      if (await store.memberByTokenHash(tokenHash)) continue;
      for (const connection of connections) {
        connection.close(revoked((connection.context as ConnectionContext).member, connection.document.name));
      }
    }
  }

  log({ event: 'listening', url, health: healthUrl, store: store.engine, redis: options.redis !== undefined });

  let stopping: Promise<void> | undefined;
  return {
    url,
    healthUrl,
    stop() {
      stopping ??= (async () => {
        clearInterval(revocationCheck);
        log({ event: 'stopping', documents: server.hocuspocus.getDocumentsCount() - 1 });
        await channel?.disconnect();
        // Hocuspocus's destroy stores every document and waits until each is unloaded; one
        // the database keeps refusing would hold it forever, so it gets a bounded wait.
        let patience: NodeJS.Timeout | undefined;
        const gaveUp = await Promise.race([
          server.destroy().then(() => false),
          new Promise<boolean>((resolve) => (patience = setTimeout(() => resolve(true), options.stopPatienceMs ?? 30_000))),
        ]);
        clearTimeout(patience);
        if (gaveUp) {
          storage.stopRetrying();
          // Runs each retry still waiting now, once, so that no timer outlives the server.
          server.hocuspocus.flushPendingStores();
          // The rest of Hocuspocus's destroy, which waits for documents that will not unload now.
          await server.hocuspocus.hooks('onDestroy', { instance: server.hocuspocus });
          log({ event: 'stopped-unstored', level: 'error', stories: storage.unstored(), reason: 'the database refused them until the stop gave up; desktops that sent these changes still hold them' });
        }
        for (const socket of sockets) socket.destroy();
        await store.close();
        log({ event: 'stopped' });
      })();
      return stopping;
    },
  };
}
