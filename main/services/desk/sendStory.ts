// One story to one destination: check, render, validate, write, commit, publish (outbox.ts has
// the order and why). A story goes out in every format of the destination, with each of its
// photos as a file beside it, or nothing goes. The story's files are numbered first, then the
// photos (so a story without photos is numbered as it always was); the names of the photos are
// made before rendering, because the story's files reference them.
import { mkdirSync } from 'node:fs';
import { GalleyError, isGalleyError } from '../../../src/api/result';
import { fileNameFor, type Destination, type SendableFormat } from '../../../src/desk/destination';
import { killNoticeStory } from '../../../src/desk/killNotice';
import { refusalsFor, sendExportOptions, type SendRequest } from '../../../src/desk/sendRules';
import { PHOTO_FILE, type SendOutcome, type SentFileFormat } from '../../../src/desk/types';
import { photoIdsOf } from '../../../src/story/body';
import type { ReadinessProfile } from '../../../src/story/readiness';
import type { Story } from '../../../src/story/story';
import { FORMAT_INFO } from '../../../src/wire/index';
import { safeFileStem } from '../../../node/atomicWrite';
import type { StorePort } from '../../store/storePort';
import { isNameTaken, publishTempFile } from '../../../node/outbox';
import { sha256 } from '../../../node/sha256';
import type { OutboxFiles } from './outboxFiles';
import type { RenderedFile } from '../../../node/renderFile';
import { DAMAGED_PHOTO, photoFilesById, photoProblem, sendPhotoNames, readStoryPhotos, type OutgoingPhoto } from './storyPhotos';
import type { WireRenderer } from './wirePool';

export interface SendContext {
  store: StorePort;
  renderer: WireRenderer;
  /** Where the files are written and fsynced (a worker thread in the app). */
  files: OutboxFiles;
  profile: ReadinessProfile;
  now: () => Date;
  /** The library's asset folder, where the story's photos are read from. */
  assetFolder?: string;
}

/** Another sender took our sequence numbers between render and commit this many times in a row: give up. */
const MAX_ATTEMPTS = 5;

const skipped = (story: Story, reasons: string[]): SendOutcome => ({ id: story.id, slug: story.slug, headline: story.headline, sent: false, reasons });

async function refusals(ctx: SendContext, story: Story, destination: Destination, request: SendRequest): Promise<string[]> {
  const lastSent = request.kind === 'correction' ? (await ctx.store.listSentLog({ storyId: story.id, destination: destination.name, limit: 1 }))[0] : undefined;
  return refusalsFor(ctx, story, destination.name, request, lastSent);
}

/**
 * A story's files, rendered and validated ahead of its turn in a batch (deskServices.ts), on the
 * guess that every story before it goes. Used only when the guess held: same version, kind,
 * note, formats and first sequence number; otherwise the story is rendered again.
 */
export interface PreparedSend {
  version: number;
  request: SendRequest;
  formats: readonly SendableFormat[];
  fileNamePattern: string;
  firstSequence: number;
  /** How many sequence numbers the send takes: one per format, one per photo. */
  fileCount: number;
  sentAt: string;
  files: Promise<{ rendered: RenderedFile[]; photos: OutgoingPhoto[] }>;
}

/** Starts rendering and validating `story`'s files for `destination`, numbered from `firstSequence`. */
export function prepareSend(ctx: SendContext, story: Story, destination: Destination, request: SendRequest, firstSequence: number): PreparedSend {
  const sentAt = ctx.now().toISOString();
  // The files carry the version the story will have once it is marked sent (commitSend sets it), so file, log and library agree.
  const base: Story = { ...story, version: story.version + 1 };
  const wire = request.kind === 'kill' ? killNoticeStory(base, request.killReason ?? '') : base;
  const formats = request.formats ?? destination.formats;
  // A destination whose formats all carry no pictures (7901, ANPA) gets no photo files: nothing would name them.
  const photoIds = formats.some((format) => FORMAT_INFO[format].carriesPictures) ? photoIdsOf(wire.body) : [];
  const files = (async () => {
    const photos = photoIds.length ? await readStoryPhotos(ctx.assetFolder, wire.body, sendPhotoNames(destination.fileNamePattern, base, firstSequence + formats.length)) : [];
    const rendered = await ctx.renderer.render(
      formats.map((format, i) => ({
        story: wire,
        format,
        want: 'bytes' as const,
        options: sendExportOptions(request, firstSequence + i, sentAt, photoFilesById(photos)),
      })),
    );
    return { rendered, photos };
  })();
  // A guess that is never used must not surface as an unhandled rejection; the real use awaits it.
  files.catch(() => {});
  const fileCount = formats.length + photoIds.length;
  return { version: story.version, request, formats, fileNamePattern: destination.fileNamePattern, firstSequence, fileCount, sentAt, files };
}

function preparedFits(prepared: PreparedSend | undefined, story: Story, destination: Destination, request: SendRequest): prepared is PreparedSend {
  const formats = request.formats ?? destination.formats;
  return (
    !!prepared &&
    prepared.version === story.version &&
    prepared.firstSequence === destination.nextSequence &&
    prepared.fileNamePattern === destination.fileNamePattern &&
    prepared.request.kind === request.kind &&
    prepared.request.correctionNote === request.correctionNote &&
    prepared.request.killReason === request.killReason &&
    prepared.formats.length === formats.length &&
    prepared.formats.every((format, i) => format === formats[i])
  );
}

/** Sends one story; never throws for a problem with this story (it comes back as skipped with the reason). */
export async function sendStory(ctx: SendContext, story: Story, destinationName: string, request: SendRequest, prepared?: PreparedSend): Promise<SendOutcome> {
  try {
    for (let attempt = 1; ; attempt++) {
      const destination = await ctx.store.getDestination(destinationName);
      const reasons = await refusals(ctx, story, destination, request);
      if (reasons.length) return skipped(story, reasons);
      try {
        const files = preparedFits(prepared, story, destination, request) ? prepared : prepareSend(ctx, story, destination, request, destination.nextSequence);
        return await attemptSend(ctx, story, destination, request, files);
      } catch (error) {
        const sequenceMoved = isGalleyError(error) && error.code === 'conflict' && (error.details as { nextSequence?: number } | undefined)?.nextSequence;
        if (!sequenceMoved || attempt === MAX_ATTEMPTS) throw error;
      }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return skipped(story, [isGalleyError(error) ? message : `Could not write to the outbox: ${message}`]);
  }
}

async function attemptSend(ctx: SendContext, story: Story, destination: Destination, request: SendRequest, prepared: PreparedSend): Promise<SendOutcome> {
  const { sentAt, firstSequence } = prepared;
  const stem = safeFileStem(story.slug, story.id);
  const { rendered: results, photos } = await prepared.files;
  // Every file is validated before any is written: an invalid one stops the whole story.
  const storyFiles = results.map((result, i) => {
    if (result.invalid.length) {
      throw new GalleyError('invalid-input', `The ${FORMAT_INFO[result.format].label} file did not pass its schema, so nothing was sent: ${result.invalid[0]}`, { invalid: result.invalid });
    }
    const sequence = firstSequence + i;
    const fileName = fileNameFor(destination.fileNamePattern, { slug: stem, seq: sequence, ext: result.extension, format: result.format as SendableFormat, id: story.id, version: story.version + 1 });
    return { format: result.format as SentFileFormat, fileName, bytes: result.bytes! };
  });
  // In sequence order: the photos were numbered after the story's files (prepareSend).
  const outgoing = [...storyFiles, ...photos.map((photo) => ({ format: PHOTO_FILE as SentFileFormat, fileName: photo.file.fileName }))];
  mkdirSync(destination.folder, { recursive: true });
  const taken = outgoing.find((file) => isNameTaken(destination.folder, file.fileName));
  if (taken) throw new GalleyError('io', `${taken.fileName} already exists in ${destination.folder}; Galley never overwrites a sent file. Check the destination's file-name pattern.`);

  const temps: string[] = [];
  const hashes: string[] = [];
  let committed = false;
  try {
    for (const file of storyFiles) {
      temps.push(await ctx.files.writeTemp(destination.folder, file.bytes));
      hashes.push(sha256(file.bytes));
    }
    // A photo is copied from the library file by file, hashed on the way: the hash must be its asset id.
    for (const photo of photos) {
      const copy = await ctx.files.copyTemp(destination.folder, photo.path);
      temps.push(copy.name);
      if (copy.sha256 !== photo.assetId) throw photoProblem(story.body, photo.assetId, DAMAGED_PHOTO);
      hashes.push(copy.sha256);
    }
    const { entries } = await ctx.store.commitSend({
      storyId: story.id,
      baseVersion: story.version,
      destination: destination.name,
      firstSequence,
      kind: request.kind,
      ...(request.kind === 'correction' ? { correctionNote: request.correctionNote!.trim() } : {}),
      files: outgoing.map((file, i) => ({ format: file.format, fileName: file.fileName, sha256: hashes[i], tempName: temps[i] })),
      sentAt,
    });
    committed = true;
    for (const [i, temp] of temps.entries()) await publishTempFile(ctx.files, destination.folder, temp, outgoing[i].fileName);
    await ctx.files.syncFolder(destination.folder);
    return { id: story.id, slug: story.slug, headline: story.headline, sent: true, kind: request.kind, files: entries };
  } catch (error) {
    if (!committed) {
      // Never committed: no row names these temp files and no sequence number was taken.
      for (const temp of temps) await ctx.files.discardTemp(destination.folder, temp);
      throw error;
    }
    // Committed: the temp files belong to the log now; recovery publishes them before the next send.
    const message = error instanceof Error ? error.message : String(error);
    throw new GalleyError('io', `Logged as sent, but the files could not be put in place (${message}); Galley finishes this before the next send to ${destination.name}.`);
  }
}
