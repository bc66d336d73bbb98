import { decodeTime, ulid } from 'ulid';
import * as Y from 'yjs';
import { GalleyError } from '../../src/api/result';
import type {
  EmptyTrashResult,
  RevisionKind,
  RevisionSnapshot,
  RevisionSummary,
  SearchResult,
  StoryPage,
  StorySummary,
} from '../../src/api/types';
import { bodyText } from '../../src/story/body';
import { countWords } from '../../src/story/counts';
import { blankStoryFields, type Story, type StoryChanges, type StoryStatus } from '../../src/story/story';
import { statusChangeRefusal } from '../../src/story/statusRules';
import type { AssetInfo } from '../../src/api/types';
import { getAsset, putAsset } from './assets';
import { openDatabase, type Db, type OpenOptions } from './database';
import { commitSend, deleteDestination, findSentByTempNames, getDestination, listDestinations, listSentLog, saveDestination, type CommitSendInput, type LogQuery } from './desk';
import { cutRevision, listRevisions, readRevision } from './revisions';
import { deleteReviewMark, listReviewMarks, returnedToEditor, setReviewMark, signedOff } from './reviews';
import { carrySignOff } from '../../src/review/reviewState';
import type { DeleteReviewMarkInput, ReturnToEditorInput, ReviewMark, SetReviewMarkInput, SignOffInput } from '../../src/review/reviewMarks';
import { listStories, type ListOptions } from './libraryList';
import { indexStory, searchStories, unindexStory, type SearchOptions } from './search';
import { statement } from './statements';
import { backupLibrary, restoreLibrary, type BackupResult, type RestoreResult } from './libraryBackup';
import { toStoreError } from './storeErrors';
import type { FieldConflict } from '../../src/newsroom/fieldConflicts';
import { storyFromDoc } from '../../src/newsroom/storyYjs';
import {
  acknowledge,
  acknowledgeLive,
  addLiveUpdates,
  addReceivedUpdates,
  discardPending,
  isShared,
  listConflicts,
  localDoc,
  receiveStory,
  recordLocalEdit,
  shareStory,
  sharedState,
  settleConflict,
  pendingStoryIds,
  sharedStoryIds,
  unsharedStoryIds,
  waitingStoryCount,
  type SharedStoryState,
  type StoredConflict,
} from './sharedStories';
import { rowToStory, rowToSummary, storyToParams, SUMMARY_COLUMNS, type StoryRow, type SummaryRow } from './storyRows';

export interface StoreOptions extends OpenOptions {
  /** The clock; tests pin it. Default: the system clock. */
  now?: () => Date;
}

/** The settings row holding the house dictionary. */
const HOUSE_DICTIONARY_KEY = 'spelling.houseDictionary';

const STORY_COLUMNS =
  'id, slug, headline, standfirst, byline, dateline, body, credit, related, keywords, urgency, language, status, review, embargo, ednote, version, word_count, created_at, updated_at';

/**
 * The library: one SQLite file. Every method is one transaction; storage errors become
 * GalleyErrors with a message for the user. Synchronous, because it runs in a worker thread
 * (storeWorker.ts) or a CLI process, never on the Electron main thread.
 */
export class Store {
  readonly db: Db;
  readonly readOnly: boolean;
  private readonly now: () => Date;

  constructor(readonly file: string, options: StoreOptions = {}) {
    const { db, readOnly } = openDatabase(file, options);
    this.db = db;
    this.readOnly = readOnly;
    this.now = options.now ?? (() => new Date());
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private write<T>(work: () => T): T {
    try {
      return this.db.transaction(work).immediate();
    } catch (error) {
      throw toStoreError(error);
    }
  }

  private read<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw toStoreError(error);
    }
  }

  private row(id: string, includeTrash = false): StoryRow {
    const row = statement(this.db, 'SELECT * FROM stories WHERE id = ?').get(id) as StoryRow | undefined;
    if (!row || (row.deleted_at && !includeTrash)) {
      throw new GalleyError('not-found', `No story with id ${id}${row ? ' (it is in the trash)' : ''}.`);
    }
    return row;
  }

  private timestamp(): string {
    return this.now().toISOString();
  }

  /**
   * Writes a story row and its search entry; the story's version and times are already set.
   * A shared story's save is also recorded as the Yjs update it makes (sharedStories.ts), unless
   * the row is being derived from its document.
   */
  private put(story: Story, fromDoc = false): void {
    const text = bodyText(story.body);
    const params = storyToParams(story, countWords(text));
    const columns = STORY_COLUMNS.split(', ');
    statement(
      this.db,
      `INSERT INTO stories (${STORY_COLUMNS}) VALUES (${columns.map((c) => `:${c}`).join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${columns.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ')}`,
    ).run(params);
    const { seq, deleted_at } = statement(this.db, 'SELECT seq, deleted_at FROM stories WHERE id = ?').get(story.id) as { seq: number; deleted_at: string | null };
    // A story in the trash stays out of search; a sync still keeps its row in step, so that
    // restoring it does not write its old text back over the newsroom's.
    if (!deleted_at) {
      indexStory(this.db, seq, {
        slug: story.slug,
        headline: story.headline,
        standfirst: story.standfirst,
        byline: story.byline,
        keywords: story.keywords.join(' '),
        body: text,
      });
    }
    if (!fromDoc) recordLocalEdit(this.db, story);
  }

  listStories(options: ListOptions): StoryPage {
    return this.read(() => listStories(this.db, options));
  }

  searchStories(options: SearchOptions): SearchResult {
    return this.read(() => searchStories(this.db, options));
  }

  getStory(id: string): Story {
    return this.read(() => rowToStory(this.row(id)));
  }

  /** A new story from the given fields; its first revision records it as created (or imported). */
  createStory(fields: StoryChanges, kind: Extract<RevisionKind, 'created' | 'import'> = 'created'): Story {
    return this.write(() => this.insert(fields, 'draft', kind));
  }

  /**
   * Many new stories in one transaction: all or none. Not a loop over createStory: each nested
   * call would be a savepoint, and FTS5 flushes its pending index at every savepoint, which
   * made a 100k-story import about five times slower.
   */
  importMany(items: readonly { fields: StoryChanges; status?: StoryStatus }[]): Story[] {
    return this.write(() => items.map((item) => this.insert(item.fields, item.status ?? 'draft', 'import')));
  }

  private insert(fields: StoryChanges, status: StoryStatus, kind: Extract<RevisionKind, 'created' | 'import'>): Story {
    const at = this.timestamp();
    const story: Story = {
      ...blankStoryFields(),
      ...fields,
      id: ulid(this.now().getTime()),
      status,
      review: { state: 'none' },
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    this.put(story);
    cutRevision(this.db, story, kind, true);
    return story;
  }

  /**
   * Applies an edit made from `baseVersion`. A newer stored version means someone else saved in
   * between: `conflict`, with the stored story in the details, and nothing written.
   */
  saveStory(input: { id: string; baseVersion: number; changes: StoryChanges; revision?: 'save' | 'idle' }): Story {
    return this.write(() => {
      const current = rowToStory(this.row(input.id));
      if (current.version !== input.baseVersion) {
        throw new GalleyError(
          'conflict',
          `This story was saved elsewhere (version ${current.version}) after you started editing version ${input.baseVersion}.`,
          { current },
        );
      }
      const hasChanges = Object.keys(input.changes).length > 0;
      let story = current;
      if (hasChanges) {
        // An edit after sign-off leaves the sign-off for its older version: stale (src/review/reviewState.ts).
        story = carrySignOff(current, { ...current, ...input.changes, version: current.version + 1, updatedAt: this.timestamp() });
        this.put(story);
      }
      if (input.revision) cutRevision(this.db, story, input.revision);
      return story;
    });
  }

  setStatus(input: { id: string; status: StoryStatus; baseVersion?: number }): Story {
    return this.write(() => {
      const current = rowToStory(this.row(input.id));
      if (input.baseVersion !== undefined && current.version !== input.baseVersion) {
        throw new GalleyError('conflict', `This story was saved elsewhere (version ${current.version}); reload it before changing its status.`, {
          current,
        });
      }
      if (current.status === input.status) return current;
      const refusal = statusChangeRefusal(current.status, input.status);
      if (refusal) throw new GalleyError('invalid-input', refusal);
      const story = carrySignOff(current, { ...current, status: input.status, version: current.version + 1, updatedAt: this.timestamp() });
      this.put(story);
      cutRevision(this.db, story, 'status', true);
      return story;
    });
  }

  deleteStory(id: string): { id: string } {
    return this.write(() => {
      const row = this.row(id);
      this.db.prepare('UPDATE stories SET deleted_at = ? WHERE id = ?').run(this.timestamp(), id);
      unindexStory(this.db, row.seq);
      return { id };
    });
  }

  listTrash(): StorySummary[] {
    return this.read(() =>
      (this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM stories WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC`).all() as SummaryRow[]).map(
        rowToSummary,
      ),
    );
  }

  restoreFromTrash(id: string): Story {
    return this.write(() => {
      const row = this.row(id, true);
      if (!row.deleted_at) return rowToStory(row);
      this.db.prepare('UPDATE stories SET deleted_at = NULL WHERE id = ?').run(id);
      const story = rowToStory(row);
      this.put(story);
      return story;
    });
  }

  emptyTrash(): EmptyTrashResult {
    return this.write(() => {
      const result = this.db.prepare('DELETE FROM stories WHERE deleted_at IS NOT NULL').run();
      return { deleted: result.changes };
    });
  }

  listRevisions(id: string): RevisionSummary[] {
    return this.read(() => {
      this.row(id, true);
      return listRevisions(this.db, id);
    });
  }

  getRevision(id: string, revisionId: number): RevisionSnapshot {
    return this.read(() => {
      const current = rowToStory(this.row(id, true));
      const found = readRevision(this.db, id, revisionId);
      if (!found) throw new GalleyError('not-found', `Story ${id} has no revision ${revisionId}.`);
      return { revision: found.summary, story: { ...current, ...found.content, version: found.summary.version, updatedAt: found.summary.createdAt } };
    });
  }

  /** Makes an old revision the current text, as a new revision: restoring never loses anything. */
  restoreRevision(input: { id: string; revisionId: number; baseVersion: number }): Story {
    return this.write(() => {
      const current = rowToStory(this.row(input.id));
      if (current.version !== input.baseVersion) {
        throw new GalleyError('conflict', `This story was saved elsewhere (version ${current.version}); reload it before restoring.`, { current });
      }
      // Keep the text as it was before the restore, in case it was never cut as a revision.
      cutRevision(this.db, current, 'save');
      const found = readRevision(this.db, input.id, input.revisionId);
      if (!found) throw new GalleyError('not-found', `Story ${input.id} has no revision ${input.revisionId}.`);
      // The status stays: it records what went out on the wire, which a restore of the text does not undo.
      const story: Story = { ...current, ...found.content, status: current.status, version: current.version + 1, updatedAt: this.timestamp() };
      this.put(story);
      cutRevision(this.db, story, 'restore', true);
      return story;
    });
  }

  /** Places already used in datelines, most used first, for the dateline field's suggestions. */
  listPlaces(prefix: string): string[] {
    return this.read(() =>
      (
        this.db
          .prepare(
            `SELECT json_extract(dateline, '$.place') AS place, count(*) AS uses FROM stories
              WHERE deleted_at IS NULL AND place <> '' AND place LIKE :prefix ESCAPE '\\'
              GROUP BY lower(place) ORDER BY uses DESC, place LIMIT 20`,
          )
          .all({ prefix: `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%` }) as { place: string }[]
      ).map((row) => row.place),
    );
  }

  /** Records an image's metadata (its bytes are already in the asset folder). */
  putAsset(asset: AssetInfo): AssetInfo {
    return this.write(() => putAsset(this.db, asset));
  }

  getAsset(id: string): AssetInfo | null {
    return this.read(() => getAsset(this.db, id));
  }

  /** The house dictionary: words every story's spelling check accepts. */
  getHouseDictionary(): string[] {
    return this.getSetting<string[]>(HOUSE_DICTIONARY_KEY) ?? [];
  }

  /** Adds a word to the house dictionary in one transaction, so two windows adding at once both count. */
  addToHouseDictionary(word: string): string[] {
    return this.write(() => {
      const words = [...new Set([...this.getHouseDictionary(), word])].sort((a, b) => a.localeCompare(b));
      this.setSetting(HOUSE_DICTIONARY_KEY, words);
      return words;
    });
  }

  getSetting<T>(key: string): T | undefined {
    return this.read(() => {
      const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
      return row ? (JSON.parse(row.value) as T) : undefined;
    });
  }

  setSetting(key: string, value: unknown): void {
    this.write(() => {
      this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
    });
  }

  // The desk (main/store/desk.ts): destinations, sequence numbers and the sent log.
  listDestinations() {
    return this.read(() => listDestinations(this.db));
  }

  getDestination(name: string) {
    return this.read(() => getDestination(this.db, name));
  }

  saveDestination(input: unknown, previousName?: string) {
    return this.write(() => saveDestination(this.db, input, previousName, this.timestamp()));
  }

  deleteDestination(name: string): void {
    this.write(() => deleteDestination(this.db, name));
  }

  listSentLog(query: LogQuery) {
    return this.read(() => listSentLog(this.db, query));
  }

  findSentByTempNames(tempNames: string[]) {
    return this.read(() => findSentByTempNames(this.db, tempNames));
  }

  /** Sequence numbers, sent-log rows and the story's new status, in one transaction. */
  commitSend(input: CommitSendInput) {
    return this.write(() =>
      commitSend(
        this.db,
        {
          get: (id) => rowToStory(this.row(id)),
          putWithRevision: (sent) => {
            const story = carrySignOff(rowToStory(this.row(sent.id)), sent);
            this.put(story);
            cutRevision(this.db, story, input.kind, true);
          },
        },
        input,
      ),
    );
  }

  // Review (issue 6, main/store/reviews.ts): marks on quotes, sign-off and return.
  listReviewMarks(storyId: string): ReviewMark[] {
    return this.read(() => {
      this.row(storyId);
      return listReviewMarks(this.db, storyId);
    });
  }

  setReviewMark(input: SetReviewMarkInput): ReviewMark {
    return this.write(() => {
      this.row(input.id);
      return setReviewMark(this.db, input, this.timestamp());
    });
  }

  deleteReviewMark(input: DeleteReviewMarkInput): ReviewMark {
    return this.write(() => {
      this.row(input.id);
      return deleteReviewMark(this.db, input);
    });
  }

  signOff(input: SignOffInput): Story {
    return this.write(() => this.putReview(signedOff(rowToStory(this.row(input.id)), input, this.timestamp())));
  }

  returnToEditor(input: ReturnToEditorInput): Story {
    return this.write(() => this.putReview(returnedToEditor(rowToStory(this.row(input.id)), input, this.timestamp())));
  }

  /**
   * Writes only the review: its words and version are unchanged, so no revision and no re-index.
   * A shared story's review is part of its document, so it syncs like any other change.
   */
  private putReview(story: Story): Story {
    this.db.prepare('UPDATE stories SET review = ? WHERE id = ?').run(JSON.stringify(story.review), story.id);
    recordLocalEdit(this.db, story);
    return story;
  }

  /** Seeds sample stories on a library's first run only: deleting them later keeps them gone. */
  seedOnce(samples: readonly StoryChanges[]): number {
    return this.write(() => {
      if (this.getSetting<boolean>('seeded')) return 0;
      const { count } = this.db.prepare('SELECT count(*) AS count FROM stories').get() as { count: number };
      if (count === 0) for (const sample of samples) this.createStory(sample);
      this.setSetting('seeded', true);
      return count === 0 ? samples.length : 0;
    });
  }

  /**
   * A complete backup to `target`: the library by SQLite's online backup API (consistent even
   * while the app writes) with the photos of `assetFolder`, verified (libraryBackup.ts).
   */
  async backup(target: string, assetFolder: string): Promise<BackupResult> {
    try {
      return await backupLibrary(this.db, this.file, assetFolder, target);
    } catch (error) {
      throw toStoreError(error);
    }
  }

  /** A new library from a backup (libraryBackup.ts); a store method so that the app's store worker does the work, not the window's thread. */
  async restoreBackup(backup: string, libraryFile: string, assetFolder: string): Promise<RestoreResult> {
    try {
      return await restoreLibrary(backup, libraryFile, assetFolder);
    } catch (error) {
      throw toStoreError(error);
    }
  }

  // The newsroom (main/store/sharedStories.ts): each shared story's document, its pending updates, conflicts.

  /** Makes every live story created here a shared document (its one conversion); returns their ids. */
  shareLocalStories(): string[] {
    return this.write(() => {
      const ids = unsharedStoryIds(this.db);
      for (const id of ids) shareStory(this.db, rowToStory(this.row(id)));
      return ids;
    });
  }

  sharedStoryIds(): string[] {
    return this.read(() => sharedStoryIds(this.db));
  }

  /** Shared stories with changes here the newsroom has not stored yet. */
  pendingStoryIds(): string[] {
    return this.read(() => pendingStoryIds(this.db));
  }

  /** How many stories have changes the newsroom has not stored yet. */
  waitingStoryCount(): number {
    return this.read(() => waitingStoryCount(this.db));
  }

  sharedStoryState(id: string): SharedStoryState | null {
    return this.read(() => sharedState(this.db, id));
  }

  /**
   * The server stored `state`, which holds every pending update up to `ackedThrough`: it becomes
   * the acknowledged state, conflicts found are kept with both values, and the story row is
   * derived again from the document when the merge changed it (a new version, so an open editor
   * sees it changed). A story the library did not have arrives whole, as its document.
   */
  acknowledgeSync(input: { id: string; state: Uint8Array; serverRevision: number; ackedThrough: number; conflicts: readonly FieldConflict[] }): {
    changed: boolean;
  } {
    return this.write(() => {
      const at = this.timestamp();
      if (!isShared(this.db, input.id)) {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, input.state);
        const createdAt = new Date(decodeTime(input.id)).toISOString();
        const story = storyFromDoc(doc, { id: input.id, version: 1, createdAt, updatedAt: at });
        this.put(story, true);
        cutRevision(this.db, story, 'sync', true);
        receiveStory(this.db, input.id, input.state, input.serverRevision);
        return { changed: true };
      }
      const current = rowToStory(this.row(input.id, true));
      // Derived as the next version, so that a sign-off current in the document is current here.
      const meta = { id: current.id, version: current.version + 1, createdAt: current.createdAt, updatedAt: at };
      const before = JSON.stringify(storyFromDoc(localDoc(sharedState(this.db, input.id)!), meta));
      acknowledge(this.db, { storyId: input.id, state: input.state, serverRevision: input.serverRevision, ackedThrough: input.ackedThrough, conflicts: input.conflicts, at });
      const story = storyFromDoc(localDoc(sharedState(this.db, input.id)!), meta);
      if (JSON.stringify(story) === before) return { changed: false };
      this.put(story, true);
      cutRevision(this.db, story, 'sync', true);
      return { changed: true };
    });
  }

  // A live session (main/services/newsroom/liveStories.ts): the document changes by Yjs updates
  // as they are typed; the row follows it, derived off the typing path.

  /** Keeps updates typed here as pending, at once; returns the last one's seq. */
  addLiveUpdates(id: string, updates: readonly Uint8Array[]): number {
    return this.write(() => addLiveUpdates(this.db, id, updates));
  }

  /** Keeps others' updates received live in the story's state. */
  addReceivedUpdates(id: string, updates: readonly Uint8Array[]): void {
    this.write(() => addReceivedUpdates(this.db, id, updates));
  }

  acknowledgeLive(input: { id: string; serverRevision: number; ackedThrough: number }): void {
    this.write(() => acknowledgeLive(this.db, { storyId: input.id, serverRevision: input.serverRevision, ackedThrough: input.ackedThrough }));
  }

  /**
   * Derives the story's row (list, search, export) from its document as this library has it.
   * The version stays: the open editor's next save of a field must not meet a conflict with
   * itself, and its fields are written into the same document, field by field.
   */
  deriveSharedStory(id: string): { changed: boolean } {
    return this.write(() => {
      const shared = sharedState(this.db, id);
      if (!shared) return { changed: false };
      const current = rowToStory(this.row(id, true));
      const story = storyFromDoc(localDoc(shared), { id, version: current.version, createdAt: current.createdAt, updatedAt: current.updatedAt });
      const keys = new Set([...Object.keys(story), ...Object.keys(current)]) as Set<keyof Story>;
      if ([...keys].every((key) => JSON.stringify(story[key]) === JSON.stringify(current[key]))) return { changed: false };
      this.put({ ...story, updatedAt: this.timestamp() }, true);
      return { changed: true };
    });
  }

  /**
   * Drops the story's changes the newsroom has not stored (a change its server refused, say):
   * the story goes back to the version the server last acknowledged, and the next sync brings
   * what others did since. A story the server never stored has no such version: refused.
   */
  discardPending(id: string): Story {
    return this.write(() => {
      const current = rowToStory(this.row(id));
      const shared = sharedState(this.db, id);
      if (!shared || shared.serverRevision === 0) {
        throw new GalleyError('invalid-input', `Story ${id} has never been stored by the newsroom, so there is no newsroom version to go back to.`);
      }
      discardPending(this.db, id);
      const meta = { id, version: current.version + 1, createdAt: current.createdAt, updatedAt: this.timestamp() };
      const story = storyFromDoc(localDoc({ state: shared.state, pending: [] }), meta);
      this.put(story, true);
      cutRevision(this.db, story, 'sync', true);
      return story;
    });
  }

  /** Fields changed here and on the server while apart, with both values, until someone sets them. */
  listConflicts(): StoredConflict[] {
    return this.read(() => listConflicts(this.db));
  }

  /** Ends a conflict once the person has chosen the field's value, even the one already shown. */
  settleConflict(input: { id: string; field: string }): void {
    this.write(() => settleConflict(this.db, input.id, input.field));
  }
}
