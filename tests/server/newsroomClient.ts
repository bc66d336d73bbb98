// Test helpers for the newsroom server: real servers, real WebSocket clients (Hocuspocus's
// provider over `ws`), and waits on events and conditions, never on the clock.
import { HocuspocusProvider, HocuspocusProviderWebsocket, type CompleteHocuspocusProviderWebsocketConfiguration } from '@hocuspocus/provider';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ulid } from 'ulid';
import { vi } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { STORY_PARTS } from '../../src/newsroom/storyDoc';
import { parseNotStoredNotice, parseStoredReply, storeRequest } from '../../src/newsroom/syncMessages';
import type { LogEntry } from '../../server/log';
import { startNewsroom, type NewsroomOptions, type RunningNewsroom } from '../../server/newsroom';
import { newToken, type Member, type NewsroomStore } from '../../server/store/store';

/** Long enough for a loaded 2-core machine; only a safety net, every wait ends on a condition. */
const PATIENCE = { timeout: 20_000, interval: 20 };

export const waitUntil = <T>(check: () => T): Promise<T> => vi.waitFor(check, PATIENCE);

export type TestNewsroom = RunningNewsroom & { log: LogEntry[] };

export async function startTestNewsroom(store: NewsroomStore, redis?: { url: string; prefix: string }, more: Partial<NewsroomOptions> = {}): Promise<TestNewsroom> {
  const log: LogEntry[] = [];
  const newsroom = await startNewsroom({ store, log: (entry) => log.push(entry), port: 0, host: '127.0.0.1', redis, revocationCheckMs: 100, ...more });
  return { ...newsroom, log };
}

/** Adds a person straight to the store and returns their token. */
export async function invite(store: NewsroomStore, member: Member): Promise<string> {
  const { token, tokenHash } = newToken();
  await store.addMember(member, tokenHash);
  return token;
}

export const newStoryId = (): string => ulid();

/**
 * Stands in for a round-robin load balancer in front of several instances: each connection
 * (the first and every reconnection) goes to the next address in turn.
 */
export function roundRobin(addresses: readonly string[]) {
  let next = 0;
  // The provider passes its own configured address, which this ignores.
  return class RoundRobinWebSocket extends WebSocket {
    constructor() {
      super(addresses[next++ % addresses.length]);
    }
  };
}

/** Reconnection settings for clients of servers that tests kill: retry soon and often. */
const QUICK_RETRY = { delay: 50, factor: 1.5, minDelay: 50, maxDelay: 500, jitter: false } as const;

let nextStoreRequest = 1;

/** One person's copy of one story, connected to a newsroom server. */
export class StoryClient {
  readonly doc = new Y.Doc();
  readonly socket: HocuspocusProviderWebsocket;
  readonly provider: HocuspocusProvider;
  /** Why the server closed this story's connection, once it has. */
  closedBecause: string | null = null;
  authenticationFailed: string | null = null;
  /** Every `not-stored` notice the server sent, in order. */
  readonly notStored: { id?: number; reason: string }[] = [];
  private readonly storedReplies = new Map<number, { stateVector: Uint8Array; revision: number }>();

  /** `url` is one server's address, or several: then the client goes round them (see `roundRobin`). */
  constructor(url: string | readonly string[], storyId: string, token: string, socketOptions: Partial<CompleteHocuspocusProviderWebsocketConfiguration> = {}) {
    this.socket =
      typeof url === 'string'
        ? new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, ...socketOptions })
        : new HocuspocusProviderWebsocket({ url: url[0], WebSocketPolyfill: roundRobin(url), ...QUICK_RETRY, ...socketOptions });
    this.provider = new HocuspocusProvider({ websocketProvider: this.socket, name: storyId, document: this.doc, token });
    // A provider given its own socket waits to be attached to it.
    this.provider.attach();
    this.provider.on('close', ({ event }: { event: { reason: string } }) => {
      this.closedBecause ??= event.reason;
    });
    this.provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      this.authenticationFailed = reason;
    });
    this.provider.on('stateless', ({ payload }: { payload: string }) => {
      const stored = parseStoredReply(payload);
      if (stored) this.storedReplies.set(stored.id, stored);
      const notStored = parseNotStoredNotice(payload);
      if (notStored) this.notStored.push(notStored);
    });
  }

  /** Sends a store request, as a desktop does after its changes; returns its id. */
  requestStore(): number {
    const id = nextStoreRequest++;
    this.provider.sendStateless(storeRequest(id));
    return id;
  }

  /** The server's answer to a store request: the state vector it stored, or the reason it could not; null until it answers. */
  answerTo(id: number): { stored: Uint8Array } | { notStored: string } | null {
    const stored = this.storedReplies.get(id);
    if (stored) return { stored: stored.stateVector };
    const refusal = this.notStored.find((notice) => notice.id === id);
    return refusal ? { notStored: refusal.reason } : null;
  }

  /** Asks the server to store the story now and waits for its answer. */
  async store(): Promise<{ stored: Uint8Array } | { notStored: string }> {
    const id = this.requestStore();
    return waitUntil(() => {
      const answer = this.answerTo(id);
      if (answer === null) throw new Error(`store request ${id} not answered yet`);
      return answer;
    });
  }

  static async connect(url: string | readonly string[], storyId: string, token: string, socketOptions: Partial<CompleteHocuspocusProviderWebsocketConfiguration> = {}): Promise<StoryClient> {
    const client = new StoryClient(url, storyId, token, socketOptions);
    await waitUntil(() => {
      if (!client.provider.synced) throw new Error(`${storyId} not synced yet`);
    });
    return client;
  }

  get body(): Y.XmlFragment {
    return this.doc.getXmlFragment(STORY_PARTS.body);
  }

  get fields(): Y.Map<unknown> {
    return this.doc.getMap(STORY_PARTS.fields);
  }

  get review(): Y.Map<unknown> {
    return this.doc.getMap(STORY_PARTS.review);
  }

  /** Appends a paragraph the way TipTap's Collaboration binding writes one. */
  appendParagraph(text: string): void {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    this.body.push([paragraph]);
  }

  bodyText(): string {
    return bodyTextOf(this.doc);
  }

  /** Resolves once the server has acknowledged every change this client sent. */
  async settled(): Promise<void> {
    await waitUntil(() => {
      if (this.provider.hasUnsyncedChanges) throw new Error('changes not yet acknowledged');
    });
  }

  async refusal(): Promise<string> {
    return waitUntil(() => {
      if (this.closedBecause === null) throw new Error('not refused yet');
      return this.closedBecause;
    });
  }

  destroy(): void {
    this.provider.destroy();
    this.socket.destroy();
  }
}

export function bodyTextOf(doc: Y.Doc): string {
  return doc
    .getXmlFragment(STORY_PARTS.body)
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? node.toArray().map(String).join('') : String(node)))
    .join('\n');
}

/** The story as the store holds it, read back as a Yjs document. */
export async function storedDoc(store: NewsroomStore, storyId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const state = await store.loadDocument(storyId);
  if (state) Y.applyUpdate(doc, state);
  return doc;
}

/** `npm run server -- ARGS` as a child process (tsx, as npm runs it). */
export function serverProcess(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs a one-shot server command (`user add` ...) and returns its exit code and output. */
export function runServerCommand(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = serverProcess(args);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** The JSON log lines a server process printed, as they arrive. */
export function logLines(child: ChildProcess): LogEntry[] {
  const lines: LogEntry[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => lines.push(JSON.parse(line) as LogEntry));
  return lines;
}
