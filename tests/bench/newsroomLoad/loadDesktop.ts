// One simulated person's desktop: the provider the app's sync agent uses (Hocuspocus's, one
// WebSocket carrying every story the person has open), each story a Yjs document in the story
// layout of src/newsroom/storyDoc.ts, and a count of the bytes the socket sends.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { DESK_PATHS, type NewsroomSendReply } from '../../../src/newsroom/deskMessages';
import { STORY_PARTS } from '../../../src/newsroom/storyDoc';
import { parseStoredReply, storeRequest } from '../../../src/newsroom/syncMessages';
import type { EditLedger } from './editLedger';

/** How long a desktop waits for the server to answer a store request or a send. */
const ANSWER_PATIENCE_MS = 30_000;

/** One person's copy of one story. */
export class StoryCopy {
  readonly doc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  /** The server's reason, when it closed this story's connection or refused the token. */
  refusal: string | null = null;
  private nextStoreRequest = 1;
  private readonly storeRequests = new Map<number, (revision: number) => void>();

  constructor(
    readonly storyId: string,
    socket: HocuspocusProviderWebsocket,
    token: string,
    private readonly ledger: EditLedger,
    /** The story's first draft, for the person who creates it: applied before it connects. */
    draft?: Uint8Array,
  ) {
    if (draft) Y.applyUpdate(this.doc, draft);
    ledger.addCopy(storyId);
    const received = ledger.receiver(storyId, this.doc);
    // Local edits carry no origin; the provider applies what arrives from the server with one.
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== null) received(update);
    });
    this.provider = new HocuspocusProvider({ websocketProvider: socket, name: storyId, document: this.doc, token });
    this.provider.on('close', ({ event }: { event: { reason: string } }) => {
      if (event.reason) this.refusal ??= event.reason;
    });
    this.provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      this.refusal ??= reason;
    });
    this.provider.on('stateless', ({ payload }: { payload: string }) => {
      const reply = parseStoredReply(payload);
      if (reply) this.storeRequests.get(reply.id)?.(reply.revision);
    });
    this.provider.attach();
  }

  /** Asks the server to store the story now, as a desktop's sync does; resolves to the revision stored. */
  storedRevision(): Promise<number> {
    const id = this.nextStoreRequest++;
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to a store request within ${ANSWER_PATIENCE_MS / 1000} s`)), ANSWER_PATIENCE_MS);
      this.storeRequests.set(id, (revision) => {
        clearTimeout(timer);
        this.storeRequests.delete(id);
        resolve(revision);
      });
      this.provider.sendStateless(storeRequest(id));
    });
  }

  get fields(): Y.Map<unknown> {
    return this.doc.getMap(STORY_PARTS.fields);
  }

  get review(): Y.Map<unknown> {
    return this.doc.getMap(STORY_PARTS.review);
  }

  get body(): Y.XmlFragment {
    return this.doc.getXmlFragment(STORY_PARTS.body);
  }

  /** In step: synced once, and every change sent since acknowledged by the server. */
  get settled(): boolean {
    return this.provider.synced && !this.provider.hasUnsyncedChanges;
  }

  /** Makes one edit, timed by the ledger. */
  edit(change: () => void): void {
    this.ledger.edit(this.storyId, this.doc, change);
  }

  /** Starts a new paragraph at the end of the body, as TipTap's Collaboration binding writes one. */
  newParagraph(): Y.XmlText {
    const text = new Y.XmlText();
    this.edit(() => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [text]);
      this.body.push([paragraph]);
    });
    return text;
  }

  /** Types one character at the end of `text` (a paragraph this person is writing). */
  typeKey(text: Y.XmlText, key: string): void {
    this.edit(() => text.insert(text.length, key));
  }
}

/** The server's answer to a send: its HTTP status and body (a reply, or `{ error }`). */
export type SendAnswer = Readonly<{ status: number; body: NewsroomSendReply | { error: string } }>;

/** A person's desktop: one socket, a copy of each story they have open. */
export class LoadDesktop {
  readonly socket: HocuspocusProviderWebsocket;
  readonly copies = new Map<string, StoryCopy>();
  /** Bytes this desktop has written to its socket. */
  bytesSent = 0;

  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly ledger: EditLedger,
  ) {
    const counter = this;
    /** ws's WebSocket, counting what goes out: the provider frames and sends everything through it. */
    class CountingWebSocket extends WebSocket {
      override send(data: Parameters<WebSocket['send']>[0], ...rest: unknown[]): void {
        counter.bytesSent += typeof data === 'string' ? Buffer.byteLength(data) : (data as ArrayBufferLike | ArrayBufferView).byteLength;
        (super.send as (...args: unknown[]) => void)(data, ...rest);
      }
    }
    this.socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: CountingWebSocket });
  }

  open(storyId: string, draft?: Uint8Array): StoryCopy {
    const copy = new StoryCopy(storyId, this.socket, this.token, this.ledger, draft);
    this.copies.set(storyId, copy);
    return copy;
  }

  /** Asks the server to send a story at `revision` to one of the newsroom's destinations, as the app's Send does. */
  async send(storyId: string, destination: string, revision: number): Promise<SendAnswer> {
    const response = await fetch(this.url.replace(/^ws:/, 'http:') + DESK_PATHS.send, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ story: storyId, destination, revision }),
      signal: AbortSignal.timeout(ANSWER_PATIENCE_MS),
    });
    return { status: response.status, body: (await response.json()) as SendAnswer['body'] };
  }

  destroy(): void {
    for (const copy of this.copies.values()) copy.provider.destroy();
    this.socket.destroy();
  }
}
