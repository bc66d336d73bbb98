// A desktop's connection to the library channel (src/newsroom/libraryChannel.ts): it hears
// which stories the server stored, says which story is open here, and sees who is in which
// story. Hocuspocus's provider reconnects by itself (1 s, doubling to 30 s); each time it is in
// step again the library syncs, since notices sent while it was away were missed.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { LIBRARY_CHANNEL, parseStoryStoredNotice, type StoryStoredNotice } from '../../../src/newsroom/libraryChannel';
import { presenceOf, presenceState, type Presence, type PresenceState } from '../../../src/newsroom/presence';
import { NEWSROOM_PROTOCOL } from '../../../src/newsroom/storyDoc';
import type { NewsroomConnection } from './newsroomConnection';

export type LibraryChannelEvents = Readonly<{
  /** The server stored a story with a change. */
  onStored(notice: StoryStoredNotice): void;
  /** Who is in which story changed (other desktops only). */
  onPresence(presence: Presence[]): void;
  /** Connected and in step, at first and after every reconnection. */
  onConnected(): void;
  /** The server refused the token. */
  onRefused(reason: string): void;
}>;

/**
 * ws reports closing a socket that is still connecting as an 'error' event, after the provider
 * has stopped listening to it (the app quitting, or disconnecting, while the server is away):
 * unheard, it would crash the process. The provider hears every error that matters itself.
 */
class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

export class LibraryChannelClient {
  private readonly doc = new Y.Doc();
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly provider: HocuspocusProvider;

  constructor(connection: NewsroomConnection, events: LibraryChannelEvents) {
    this.socket = new HocuspocusProviderWebsocket({ url: `${connection.url}?protocol=${NEWSROOM_PROTOCOL}`, WebSocketPolyfill: QuietWebSocket });
    this.provider = new HocuspocusProvider({ websocketProvider: this.socket, name: LIBRARY_CHANNEL, document: this.doc, token: connection.token });
    this.provider.awareness!.setLocalState(presenceState(null));
    this.provider.on('stateless', ({ payload }: { payload: string }) => {
      const notice = parseStoryStoredNotice(payload);
      if (notice) events.onStored(notice);
    });
    this.provider.awareness!.on('change', () => events.onPresence(presenceOf(this.provider.awareness!.getStates() as Map<number, PresenceState>, this.doc.clientID)));
    this.provider.on('synced', () => events.onConnected());
    this.provider.on('authenticationFailed', ({ reason }: { reason: string }) => events.onRefused(reason));
    this.provider.attach();
  }

  /** Tells the others which story is open in this window (null: none). */
  setOpenStory(storyId: string | null): void {
    this.provider.awareness!.setLocalState(presenceState(storyId));
  }

  /** Closes the connection; the server drops this desktop's presence with it. */
  destroy(): void {
    this.provider.destroy();
    this.socket.destroy();
    this.doc.destroy();
  }
}
