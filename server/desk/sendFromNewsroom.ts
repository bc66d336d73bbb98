// One story sent by the newsroom server to one of the newsroom's destinations, at the revision
// the editor's desktop has just synced. The order is the desktop outbox's (node/outbox.ts):
// render and validate every file, write each to a hidden temp file in the destination folder
// (fsynced), log them and take their sequence numbers in one transaction, then publish them
// under their final names (link, never replacing anything) and fsync the folder. What differs
// is who may send (editors and admins, checked here whatever the client says) and where the
// numbers come from: the newsroom's database, with the destination held for the whole send
// (store.sendExclusively), so two editors sending at once, on one instance or two, never share a
// number and a send that fails takes none. Last, the story's status becomes sent in its
// document, through Hocuspocus, so every desktop sees it at its next sync.
import type { Hocuspocus } from '@hocuspocus/server';
import { mkdirSync } from 'node:fs';
import * as Y from 'yjs';
import { fileNameFor, type Destination } from '../../src/desk/destination';
import { refusalsFor, sendExportOptions, sendRequestAfter } from '../../src/desk/sendRules';
import type { SentLogEntry } from '../../src/desk/types';
import type { NewsroomSendReply, NewsroomSendRequest } from '../../src/newsroom/deskMessages';
import { sendRefusalOf } from '../../src/newsroom/roles';
import { setStatusInDoc, storyFromDoc } from '../../src/newsroom/storyYjs';
import { photoIdsOf } from '../../src/story/body';
import { DEFAULT_PROFILE } from '../../src/story/readiness';
import type { Story } from '../../src/story/story';
import { statusAfterSend } from '../../src/story/statusRules';
import { FORMAT_INFO } from '../../src/wire/index';
import { safeFileStem } from '../../node/atomicWrite';
import { inProcessTempFiles, isNameTaken, publishTempFile, recoverOutbox } from '../../node/outbox';
import { discardTempFile, writeTempFile } from '../../node/publishFile';
import { renderFile } from '../../node/renderFile';
import { sha256 } from '../../node/sha256';
import { loadValidators } from '../../node/validators';
import type { Log } from '../log';
import type { LoggedFile, Member, NewsroomStore } from '../store/store';
import { oneAtATime } from './oneAtATime';

/** A request the server answers with an HTTP error: the status and the reason the person reads. */
export class DeskRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Thrown inside a send when the story may not go: nothing is written, no number is taken. */
class Refused extends Error {
  constructor(readonly reasons: string[]) {
    super(reasons.join(' '));
  }
}

export type NewsroomDesk = Readonly<{
  /** Sends one story through `hocuspocus` (the instance the request came to); refusals of the request itself throw DeskRequestError. */
  send(hocuspocus: Hocuspocus, member: Member, request: NewsroomSendRequest): Promise<NewsroomSendReply>;
}>;

export type NewsroomDeskOptions = Readonly<{
  store: NewsroomStore;
  log: Log;
  now?: () => Date;
}>;

export function createNewsroomDesk({ store, log, now = () => new Date() }: NewsroomDeskOptions): NewsroomDesk {
  // This instance's sends to one destination wait for each other here, so that at most one of
  // them holds a database connection waiting on the destination's lock.
  const queue = oneAtATime();

  async function send(hocuspocus: Hocuspocus, member: Member, request: NewsroomSendRequest): Promise<NewsroomSendReply> {
    const refusal = sendRefusalOf(member.role);
    if (refusal) {
      log({ event: 'send-refused', level: 'warn', member: member.name, role: member.role, story: request.story, destination: request.destination });
      throw new DeskRequestError(403, refusal);
    }
    if (!(await store.destination(request.destination))) throw new DeskRequestError(404, `The newsroom has no destination named "${request.destination}".`);
    if (!(await store.storyRecord(request.story))) throw new DeskRequestError(404, `Story ${request.story} is not in the newsroom's library; sync it first.`);

    const connection = await hocuspocus.openDirectConnection(request.story, { member });
    try {
      const document = connection.document!;
      // Stored now, so the revision says whether this is what the desktop synced: the same state is not a new revision.
      const revision = await store.storeDocument(request.story, Y.encodeStateAsUpdate(document));
      if (revision !== request.revision) {
        throw new DeskRequestError(409, `The story changed in the newsroom after you synced it (revision ${revision}, yours ${request.revision}); sync again and check it before sending. Nothing was sent.`);
      }
      const sentAt = now().toISOString();
      const story = storyFromDoc(document, { id: request.story, version: revision, createdAt: sentAt, updatedAt: sentAt });
      let logged: Awaited<ReturnType<typeof logSend>>;
      try {
        logged = await queue(request.destination, () => logSend(member, story, request, sentAt));
      } catch (error) {
        if (error instanceof Refused) return { sent: false, reasons: error.reasons };
        throw error;
      }
      const { kind, folder, files } = logged;
      for (const file of files) await publishTempFile(inProcessTempFiles, folder, file.tempName, file.fileName);
      await inProcessTempFiles.syncFolder(folder);
      await connection.transact((doc) => setStatusInDoc(doc, statusAfterSend(kind)));
      const after = await store.storeDocument(request.story, Y.encodeStateAsUpdate(document));
      log({ event: 'sent', member: member.name, story: request.story, destination: request.destination, kind, sequences: files.map((file) => file.sequence) });
      return { sent: true, kind, files: files.map(({ tempName: _, ...entry }) => entry), revision: after };
    } finally {
      await connection.disconnect();
    }
  }

  /** Renders, writes and logs the story's files with the destination held; returns them with their temp names, not yet published. */
  async function logSend(member: Member, story: Story, request: NewsroomSendRequest, sentAt: string) {
    const temps: string[] = [];
    let folder = '';
    let kind: SentLogEntry['kind'] = 'send';
    try {
      const entries = await store.sendExclusively(request.destination, story.id, async (destination, lastSent) => {
        folder = destination.folder;
        const sendRequest = sendRequestAfter(lastSent, request.correctionNote);
        kind = sendRequest.kind;
        const reasons = refusalsFor({ profile: DEFAULT_PROFILE, now }, story, destination.name, sendRequest, lastSent);
        if (!reasons.length && hasPhotosFor(destination, story)) reasons.push(NO_PHOTOS_YET);
        if (reasons.length) throw new Refused(reasons);
        mkdirSync(destination.folder, { recursive: true });
        await recoverOutbox(destination.folder, store, inProcessTempFiles);
        const files = await renderFiles(destination, story, sendRequest, sentAt);
        const taken = files.find((file) => isNameTaken(destination.folder, file.fileName));
        if (taken) throw new Refused([`${taken.fileName} already exists in the newsroom's ${destination.name} folder; the server never overwrites a sent file. Ask the admin to check the destination's file-name pattern.`]);
        const logged: LoggedFile[] = files.map((file) => {
          const tempName = writeTempFile(destination.folder, file.bytes);
          temps.push(tempName);
          return { format: file.format, fileName: file.fileName, sha256: sha256(file.bytes), tempName };
        });
        return { storyId: story.id, version: story.version + 1, kind: sendRequest.kind, correctionNote: sendRequest.correctionNote?.trim(), sentAt, sentBy: member.name, files: logged };
      });
      return { kind, folder, files: entries.map((entry, i) => ({ ...entry, tempName: temps[i] })) };
    } catch (error) {
      // Never logged: no row names these temp files and no number was taken.
      for (const temp of temps) discardTempFile(folder, temp);
      throw error;
    }
  }

  return { send };
}

const NO_PHOTOS_YET =
  "This story has photos, and the newsroom server does not hold photos yet: send it to one of this desktop's own destinations, or to a newsroom destination whose formats carry no pictures. Nothing was sent.";

function hasPhotosFor(destination: Destination, story: Story): boolean {
  return destination.formats.some((format) => FORMAT_INFO[format].carriesPictures) && photoIdsOf(story.body).length > 0;
}

/** Every file of the send, rendered with the numbers it takes, each passed through its schema. */
async function renderFiles(destination: Destination, story: Story, request: ReturnType<typeof sendRequestAfter>, sentAt: string) {
  const validators = await loadValidators();
  // The files carry the revision the story has once it is marked sent, as a desktop's carry the version after its send.
  const wire = { ...story, version: story.version + 1 };
  const stem = safeFileStem(story.slug, story.id);
  return destination.formats.map((format, i) => {
    const sequence = destination.nextSequence + i;
    const result = renderFile(validators, { story: wire, format, want: 'bytes', options: sendExportOptions(request, sequence, sentAt, {}) });
    if (result.invalid.length) throw new Refused([`The ${FORMAT_INFO[format].label} file did not pass its schema, so nothing was sent: ${result.invalid[0]}`]);
    const fileName = fileNameFor(destination.fileNamePattern, { slug: stem, seq: sequence, ext: result.extension, format, id: story.id, version: wire.version });
    return { format, fileName, bytes: result.bytes! };
  });
}
