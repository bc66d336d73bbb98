import { z } from 'zod';
import { MAX_IMAGE_BYTES } from '../editor/figure/imageFile';
import { storyChangesSchema, storyStatusSchema } from '../story/story';
import { absoluteFolderSchema, destinationInputSchema, type Destination } from '../desk/destination';
import type { CheckResult, PreviewResult, SendResult, SentLogEntry } from '../desk/types';
import { KILL_REASON_NEEDED } from '../desk/killNotice';
import { readinessProfileSchema, type ReadinessProfile } from '../story/readiness';
import { WIRE_FORMATS } from '../wire/types';
import type { NewsroomActivity, NewsroomStatus, NewsroomSyncResult } from '../newsroom/newsroomStatus';
import { base64Schema, liveSessionSchema, type LiveStoryNews, type LiveStoryOpened } from '../newsroom/liveStory';
import type { Story } from '../story/story';
import type {
  AssetInfo,
  EmptyTrashResult,
  RevisionSnapshot,
  RevisionSummary,
  SearchResult,
  StoryPage,
  StorySummary,
  TrashResult,
} from './types';
import { deleteReviewMarkSchema, returnToEditorSchema, setReviewMarkSchema, signOffSchema, type ReviewMark } from '../review/reviewMarks';
import { MAX_COPY_CHARACTERS, MAX_COPY_HTML_CHARACTERS, MAX_IMPORT_FILES, type ExportedFile, type ExportedToFolder, type ImportCopyResult, type ImportedStorySummary, type ReadCopyResult } from './importExport';

/**
 * One API method: its zod input schema, and its result type carried as a phantom so that the
 * preload, IPC registration, test host and renderer typing are all derived from this table.
 */
export interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  /** Never read at run time: only `typeof` it. */
  result?: R;
}

function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

const id = z.string().min(1).max(64);
const version = z.number().int().positive();

/** Pasted copy: the text, and the HTML a browser puts on the clipboard beside it. */
const pastedCopySchema = z.strictObject({
  text: z.string().max(MAX_COPY_CHARACTERS, `The pasted copy is longer than ${MAX_COPY_CHARACTERS.toLocaleString('en')} characters, too long for one story.`),
  html: z.string().max(MAX_COPY_HTML_CHARACTERS, `The pasted page is longer than ${MAX_COPY_HTML_CHARACTERS.toLocaleString('en')} characters of HTML, too long for one story.`).optional(),
});

/** Every API method Galley offers, declared once. Adding a method is one entry here. */
export const contract = {
  listStories: method<StoryPage>()(
    z.strictObject({
      status: storyStatusSchema.optional(),
      limit: z.number().int().min(1).max(500).default(100),
      /** The previous page's `next`: the list goes on after its last story (fast at any depth). */
      after: z.string().min(1).max(64).optional(),
    }),
  ),
  searchStories: method<SearchResult>()(
    z.strictObject({
      query: z.string().max(1_000),
      status: storyStatusSchema.optional(),
      limit: z.number().int().min(1).max(200).default(50),
    }),
  ),
  getStory: method<Story>()(z.strictObject({ id })),
  createStory: method<Story>()(z.strictObject({ fields: storyChangesSchema.default({}) })),
  saveStory: method<Story>()(
    z.strictObject({
      id,
      /** The version the edit started from; a newer stored version means `conflict`. */
      baseVersion: version,
      changes: storyChangesSchema,
      /** Cut a revision with this save: `save` on Ctrl+S, `idle` after a pause. Autosave omits it. */
      revision: z.enum(['save', 'idle']).optional(),
    }),
  ),
  setStatus: method<Story>()(z.strictObject({ id, status: storyStatusSchema, baseVersion: version.optional() })),
  deleteStory: method<TrashResult>()(z.strictObject({ id })),
  listTrash: method<StorySummary[]>()(z.strictObject({})),
  restoreFromTrash: method<Story>()(z.strictObject({ id })),
  emptyTrash: method<EmptyTrashResult>()(z.strictObject({})),
  listRevisions: method<RevisionSummary[]>()(z.strictObject({ id })),
  getRevision: method<RevisionSnapshot>()(z.strictObject({ id, revisionId: z.number().int().positive() })),
  restoreRevision: method<Story>()(
    z.strictObject({ id, revisionId: z.number().int().positive(), baseVersion: version }),
  ),
  listPlaces: method<string[]>()(z.strictObject({ prefix: z.string().max(200).default('') })),
  // The desk (issue 5): readiness, preview, destinations, send, kill, sent log.
  /** Readiness problems of the story as stored, under the library's profile. */
  checkStory: method<CheckResult>()(z.strictObject({ id })),
  /**
   * Exactly what `format` would send for the story to `destination` (its photos named as that
   * destination would name them; without one, as the default file-name pattern would), with
   * what the format loses.
   */
  previewExport: method<PreviewResult>()(z.strictObject({ id, format: z.enum(WIRE_FORMATS), destination: z.string().min(1).max(80).optional() })),
  listDestinations: method<Destination[]>()(z.strictObject({})),
  /** Adds a destination, or changes the one named `previousName`. */
  saveDestination: method<Destination>()(z.strictObject({ destination: destinationInputSchema, previousName: z.string().max(80).optional() })),
  deleteDestination: method<{ name: string }>()(z.strictObject({ name: z.string().min(1).max(80) })),
  getReadinessProfile: method<ReadinessProfile>()(z.strictObject({})),
  saveReadinessProfile: method<ReadinessProfile>()(z.strictObject({ profile: readinessProfileSchema })),
  /**
   * Sends each story (checked, rendered, validated, written atomically) to a destination; the
   * stories are independent: those not ready come back skipped with their reasons. A story sent
   * there before goes as a correction and needs `correctionNote`.
   */
  sendStories: method<SendResult>()(
    z.strictObject({
      ids: z.array(id).min(1, 'needs at least one story').max(500),
      destination: z.string().min(1).max(80),
      correctionNote: z.string().max(2_000).optional(),
    }),
  ),
  /**
   * Sends a kill notice in every format, to every destination, the story went out in
   * (`killTargets`); the story becomes killed, for good. The reason goes to every receiver.
   */
  killStory: method<SendResult[]>()(z.strictObject({ id, reason: z.string().trim().min(1, KILL_REASON_NEEDED).max(2_000) })),
  /** The sent log, newest first: of one story, one destination, or both. */
  getSentLog: method<SentLogEntry[]>()(
    z.strictObject({ id: id.optional(), destination: z.string().max(80).optional(), limit: z.number().int().min(1).max(10_000).default(1_000) }),
  ),
  // Import and export in the app (issue 4).
  /**
   * New stories from files, all or none: every file is read before any story is written.
   * Images (base64) travel beside the story files: a saved page's `NAME_files` photos, an
   * agency's pictures; named by their path relative to the story files, they become the photos
   * of the figures that name them.
   */
  importFiles: method<ImportedStorySummary[]>()(
    z.strictObject({
      files: z
        .array(z.union([z.strictObject({ name: z.string().min(1).max(500), text: z.string() }), z.strictObject({ name: z.string().min(1).max(500), dataBase64: z.string() })]))
        .min(1, 'needs at least one file')
        .max(MAX_IMPORT_FILES, `Galley imports at most ${MAX_IMPORT_FILES} files at a time.`),
    }),
  ),
  /**
   * "New story from copy": pasted agency copy recognised into fields, with what to check. `html`
   * is the clipboard's text/html beside the text, when the copy came from a web page: its
   * figures, captions, time and links are read from it.
   */
  importCopy: method<ImportCopyResult>()(pastedCopySchema),
  /**
   * The same reading of pasted copy as `importCopy`, written nowhere: the fields it fills and the
   * report, for a paste into an empty story that the page fills (and can take back with one Undo).
   */
  readCopy: method<ReadCopyResult>()(pastedCopySchema),
  /**
   * The story as stored, as one file in `format`, with what the format loses when `exportToFolder`
   * writes it (its photos beside it in a format that shows pictures): the story view's Export.
   */
  exportStory: method<ExportedFile>()(z.strictObject({ id, format: z.enum(WIRE_FORMATS) })),
  /**
   * The story as stored, written in `format` as a new file in `folder` (the library's Export of a
   * selection, one call a story): named like `exportStory`'s file, numbered when the name is
   * taken, never written over anything.
   */
  exportToFolder: method<ExportedToFolder>()(z.strictObject({ id, format: z.enum(WIRE_FORMATS), folder: absoluteFolderSchema })),
  /** Adds an image to the library's asset folder; the result's id is what a figure's `src` holds. */
  addAsset: method<AssetInfo>()(
    z.strictObject({
      name: z.string().max(500),
      dataBase64: z.string().max(Math.ceil(MAX_IMAGE_BYTES / 3) * 4, `The image is larger than ${MAX_IMAGE_BYTES / (1024 * 1024)} MB, the most Galley takes.`),
    }),
  ),
  /** The URL prefix the page puts before an asset id to show the image. */
  getAssetBase: method<string>()(z.strictObject({})),
  /** The system's folder chooser (a test double in the test host); `folder` is null when the user cancels. */
  chooseFolder: method<{ folder: string | null }>()(z.strictObject({ title: z.string().min(1).max(200) })),
  /** Words the spelling checker accepts in every story of the library. */
  getHouseDictionary: method<string[]>()(z.strictObject({})),
  addToHouseDictionary: method<string[]>()(
    z.strictObject({ word: z.string().min(1).max(100).regex(/^\S+$/, 'must be one word') }),
  ),
  // Attribution review (issue 6): marks on quotes, sign-off, return to the editor.
  /** The reviewer's marks on the story's quotes, anchored by content (src/review/anchor.ts). */
  listReviewMarks: method<ReviewMark[]>()(z.strictObject({ id })),
  /** Sets or changes one mark; `markId` changes an existing one and re-anchors it. */
  setReviewMark: method<ReviewMark>()(setReviewMarkSchema),
  /** Removes one mark and returns it as it was, so the pane can offer Undo (setReviewMark puts it back). */
  deleteReviewMark: method<ReviewMark>()(deleteReviewMarkSchema),
  /** Signs off version `baseVersion`; a newer stored version is a `conflict`. Editing afterwards makes the sign-off stale. */
  signOff: method<Story>()(signOffSchema),
  /** Sends the story back to its editor with a note; `conflict` as for signOff. */
  returnToEditor: method<Story>()(returnToEditorSchema),
  // The shared newsroom (issue 21): the same sync agent as `galley connect` and `galley sync`.
  newsroomStatus: method<NewsroomStatus>()(z.strictObject({})),
  /**
   * Checks that `url` is a Galley newsroom of this version that takes `token`, then keeps the
   * address in the library and the token with the shell's keeper (never returned, never logged).
   * Nothing is kept when the check fails.
   */
  connectNewsroom: method<NewsroomStatus>()(
    z.strictObject({
      url: z.string().trim().min(1, 'needs the newsroom server address').max(2_000),
      token: z.string().trim().min(1, 'needs the invitation token').max(512, 'is longer than any invitation token'),
    }),
  ),
  /** Brings the library in step with the newsroom; `io` when the server cannot be reached or refuses the token. */
  syncNewsroom: method<NewsroomSyncResult>()(z.strictObject({})),
  /** Forgets the server and deletes the token; every story stays in the library. */
  disconnectNewsroom: method<NewsroomStatus>()(z.strictObject({})),
  // Editing a shared story live (issue 21): the page's Y.Doc kept in step with the services'.
  /** Opens the story live when it is shared and the library connected; otherwise `live: false` and the page saves as before. */
  openLiveStory: method<LiveStoryOpened>()(z.strictObject({ id })),
  /**
   * The page's own Yjs updates, batched, kept at once and sent to the newsroom; `awareness` is
   * this person's caret and name (the page's local awareness state), when it changed.
   */
  sendLiveUpdates: method<{ kept: number }>()(
    z.strictObject({
      id,
      session: liveSessionSchema,
      updates: z.array(base64Schema).max(1_000, 'is more updates than one call takes'),
      awareness: z.record(z.string(), z.json()).nullable().optional(),
    }),
  ),
  /**
   * Waits (up to `waitMs`) for others' updates after `cursor`, awareness newer than `awareness`
   * or a connection other than version `connection`; answers at once when there is one.
   */
  pollLiveStory: method<LiveStoryNews>()(
    z.strictObject({
      id,
      session: liveSessionSchema,
      cursor: z.number().int().min(0),
      awareness: z.number().int().min(0),
      connection: z.number().int().min(0).default(0),
      waitMs: z.number().int().min(0).max(25_000).default(20_000),
    }),
  ),
  closeLiveStory: method<{ closed: boolean }>()(z.strictObject({ id, session: liveSessionSchema })),
  /**
   * Waits until the newsroom's activity (status, syncing, problem, presence, stories changed by
   * a sync) moves past generation `after`, or about 25 s, then answers with it: the page's long
   * poll, the same over IPC and the test host.
   */
  watchNewsroom: method<NewsroomActivity>()(z.strictObject({ after: z.number().int().min(0) })),
  /** Tells the newsroom which story is open in this window (null: the library), for the others' list. */
  setOpenStory: method<{ openStory: string | null }>()(z.strictObject({ id: id.nullable() })),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type MethodResult<K extends MethodName> = NonNullable<Contract[K]['result']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

/** Menu and shortcut commands the main process sends to the page. */
export const MENU_COMMANDS = ['new-story', 'save', 'find', 'show-library', 'import', 'export', 'focus-mode', 'connect-newsroom'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The IPC channel for a method: one prefix, so the main process can refuse anything else. */
export const IPC_PREFIX = 'galley:';
export const channelOf = (name: MethodName): string => `${IPC_PREFIX}${name}`;
export const MENU_CHANNEL = 'galley-menu';
