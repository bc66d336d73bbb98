// The newsroom's desk as a desktop sees it: the destinations the newsroom server keeps, its sent
// log, and sending through it (server/desk/). A send needs the server: the story is synced
// first, so the server has its words, then the server is asked to send it at the revision just
// synced; offline, or for a story that did not sync, nothing is sent and the reason says why.
// The destinations are remembered with the address they came from, so that offline the desk
// still lists them, marked offline, instead of forgetting where the desk sends.
import { GalleyError } from '../../../src/api/result';
import type { Destination } from '../../../src/desk/destination';
import type { SendOutcome, SendResult, SentLogEntry } from '../../../src/desk/types';
import {
  DESK_PATHS,
  destinationsReplySchema,
  logReplySchema,
  sendReplySchema,
  type DestinationsReply,
  type NewsroomSendRequest,
} from '../../../src/newsroom/deskMessages';
import type { NewsroomSyncResult } from '../../../src/newsroom/newsroomStatus';
import type { Story } from '../../../src/story/story';
import type { StorePort } from '../../store/storePort';
import type { NewsroomConnection } from './newsroomConnection';
import { getJson, httpUrlOf } from './syncLibrary';

/** The settings row remembering the newsroom's destinations as last listed, with the address they came from. */
const REMEMBERED = 'newsroom.destinations';
type Remembered = { url: string; reply: DestinationsReply };

export type NewsroomDesk = Readonly<{
  /** The newsroom's destinations (each with `newsroom`), from the server or as last seen; empty when not connected. */
  destinations(): Promise<Destination[]>;
  /** The newsroom's sent log (entries marked `newsroom`); empty when not connected or offline. */
  sentLog(query: { id?: string; destination?: string; limit: number }): Promise<SentLogEntry[]>;
  /** Syncs, then asks the server to send each story; every story comes back sent or with its reasons. */
  send(ids: readonly string[], destination: string, correctionNote: string | undefined): Promise<SendResult>;
}>;

export function createNewsroomDesk(
  store: StorePort,
  connection: () => Promise<NewsroomConnection | null>,
  sync: () => Promise<Pick<NewsroomSyncResult, 'failures'>>,
): NewsroomDesk {
  async function request(open: NewsroomConnection, path: string, init: RequestInit = {}, query?: URLSearchParams) {
    const url = new URL(httpUrlOf(open.url, path));
    if (query) url.search = query.toString();
    return getJson(url.href, { ...init, headers: { ...init.headers, authorization: `Bearer ${open.token}` } }, open);
  }

  function refusedBy(status: number, body: Record<string, unknown> | null, open: NewsroomConnection): GalleyError {
    if (status === 404 && !body?.error) return new GalleyError('io', `The newsroom server at ${open.url} does not keep destinations; it needs updating.`);
    return new GalleyError('io', `The newsroom refused: ${String(body?.error ?? `HTTP ${status}`)}`);
  }

  /** The destinations and this member's send refusal: from the server, or as remembered with why the server could not be asked. */
  async function listing(): Promise<{ reply: DestinationsReply; offlineReason: string | null } | null> {
    // A token this shell cannot read (kept by the app's keychain) lists no newsroom destinations; a send says why.
    const open = await connection().catch(() => null);
    if (!open) return null;
    try {
      const { status, body } = await request(open, DESK_PATHS.destinations);
      if (status !== 200) throw refusedBy(status, body, open);
      const reply = destinationsReplySchema.parse(body);
      await store.setSetting(REMEMBERED, { url: open.url, reply } satisfies Remembered);
      return { reply, offlineReason: null };
    } catch (error) {
      const remembered = (await store.getSetting(REMEMBERED)) as Remembered | null | undefined;
      const reply = remembered?.url === open.url ? remembered.reply : { destinations: [], sendRefusal: null };
      return { reply, offlineReason: (error as Error).message };
    }
  }

  async function destinations(): Promise<Destination[]> {
    const listed = await listing();
    return (listed?.reply.destinations ?? []).map((destination) => ({ ...destination, newsroom: { offlineReason: listed!.offlineReason } }));
  }

  const outcomeOf = (story: Story, reasons: string[]): SendOutcome => ({ id: story.id, slug: story.slug, headline: story.headline, sent: false, reasons });

  async function send(ids: readonly string[], destination: string, correctionNote: string | undefined): Promise<SendResult> {
    const stories = await Promise.all([...new Set(ids)].map((id) => store.getStory(id)));
    const refuseAll = (reason: string): SendResult => ({ destination, outcomes: stories.map((story) => outcomeOf(story, [reason])) });
    const listed = await listing();
    const open = await connection();
    if (!listed || !open) return refuseAll(`${destination} is a newsroom destination and this library is not connected to a newsroom; connect it first. Nothing was sent.`);
    if (listed.offlineReason) return refuseAll(`${destination} is a newsroom destination: sending needs the newsroom server. ${listed.offlineReason} Nothing was sent.`);
    // The server says no to this person's role whatever happens next: say so before syncing.
    if (listed.reply.sendRefusal) return refuseAll(listed.reply.sendRefusal);
    let failures: Pick<NewsroomSyncResult, 'failures'>['failures'];
    try {
      ({ failures } = await sync());
    } catch (error) {
      return refuseAll(`${destination} is a newsroom destination: sending needs the newsroom server. ${(error as Error).message} Nothing was sent.`);
    }
    const outcomes: SendOutcome[] = [];
    for (const story of stories) {
      const failure = failures.find((f) => f.storyId === story.id);
      const shared = failure ? null : await store.sharedStoryState(story.id);
      if (!shared) {
        outcomes.push(outcomeOf(story, [`The story could not be synced with the newsroom, so it was not sent: ${failure?.reason ?? 'the newsroom does not have it yet'}`]));
        continue;
      }
      const body: NewsroomSendRequest = { story: story.id, destination, revision: shared.serverRevision, ...(correctionNote?.trim() ? { correctionNote } : {}) };
      const { status, body: answer } = await request(open, DESK_PATHS.send, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (status !== 200) {
        outcomes.push(outcomeOf(story, [refusedBy(status, answer, open).message]));
        continue;
      }
      const reply = sendReplySchema.parse(answer);
      outcomes.push(
        reply.sent
          ? { id: story.id, slug: story.slug, headline: story.headline, sent: true, kind: reply.kind, files: reply.files.map((file) => ({ ...file, newsroom: true as const })) }
          : outcomeOf(story, reply.reasons),
      );
    }
    // The server marked the sent stories sent in their documents: bring that here now.
    if (outcomes.some((outcome) => outcome.sent)) await sync().catch(() => undefined);
    return { destination, outcomes };
  }

  return {
    destinations,
    async sentLog({ id, destination, limit }) {
      const open = await connection().catch(() => null);
      if (!open) return [];
      const query = new URLSearchParams({ ...(id ? { story: id } : {}), ...(destination ? { destination } : {}), limit: String(limit) });
      try {
        const { status, body } = await request(open, DESK_PATHS.log, {}, query);
        if (status !== 200) return [];
        return logReplySchema.parse(body).entries.map((entry) => ({ ...entry, newsroom: true as const }));
      } catch {
        // Offline: the desk says so beside the destinations (destinations() carries the reason).
        return [];
      }
    },
    send,
  };
}
