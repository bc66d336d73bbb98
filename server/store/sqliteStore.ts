import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  DestinationExistsError,
  MemberExistsError,
  NoDestinationError,
  deskMigration,
  mergeStates,
  roleOf,
  rowToDestination,
  rowToSentLogEntry,
  type DestinationRow,
  type Member,
  type NewsroomStore,
  type SentLogRow,
  type StoryRecord,
} from './store';


const MIGRATION_1 = `
  CREATE TABLE members (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE TABLE story_assignees (
    story_id TEXT NOT NULL REFERENCES stories(id),
    name TEXT NOT NULL,
    PRIMARY KEY (story_id, name)
  ) STRICT;
  CREATE TABLE documents (
    name TEXT PRIMARY KEY,
    state BLOB NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
`;

/** Each schema version's migration, in order: the revision counts stores, so a desktop can skip a story nobody changed. */
const MIGRATIONS = [
  MIGRATION_1,
  'ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;',
  deskMigration({ id: 'INTEGER PRIMARY KEY AUTOINCREMENT', bigint: 'INTEGER', strict: ' STRICT' }),
];
const SCHEMA_VERSION = MIGRATIONS.length;

/** The embedded store: one SQLite file, newsroom.db, in the server's data folder. */
export function openSqliteStore(dataDir: string): NewsroomStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'newsroom.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Two processes share the file (the server and `user add`): wait for each other's writes.
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const statements = {
    addMember: db.prepare('INSERT INTO members (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)'),
    removeMember: db.prepare('DELETE FROM members WHERE name = ?'),
    memberByTokenHash: db.prepare<[string], { name: string; role: string }>('SELECT name, role FROM members WHERE token_hash = ?'),
    story: db.prepare<[string], { owner: string }>('SELECT owner FROM stories WHERE id = ?'),
    assignees: db.prepare<[string], { name: string }>('SELECT name FROM story_assignees WHERE story_id = ? ORDER BY name'),
    createStory: db.prepare('INSERT INTO stories (id, owner, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING'),
    assign: db.prepare('INSERT INTO story_assignees (story_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING'),
    stories: db.prepare<[], { id: string; revision: number }>(
      'SELECT stories.id, coalesce(documents.revision, 0) AS revision FROM stories LEFT JOIN documents ON documents.name = stories.id ORDER BY stories.id',
    ),
    loadDocument: db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE name = ?'),
    storeDocument: db.prepare<[string, Buffer, string], { revision: number }>(
      `INSERT INTO documents (name, state, updated_at, revision) VALUES (?, ?, ?, 1)
         ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at, revision = documents.revision + 1
         RETURNING revision`,
    ),
    destinations: db.prepare<[], DestinationRow>('SELECT * FROM destinations ORDER BY name'),
    destination: db.prepare<[string], DestinationRow>('SELECT * FROM destinations WHERE name = ?'),
    lastSequence: db.prepare<[string], { last: number | null }>('SELECT max(sequence) AS last FROM sent_log WHERE destination = ?'),
    addDestination: db.prepare('INSERT INTO destinations (name, folder, formats, file_name_pattern, next_sequence) VALUES (?, ?, ?, ?, ?)'),
    removeDestination: db.prepare('DELETE FROM destinations WHERE name = ?'),
    sentLog: db.prepare<{ story: string | null; destination: string | null; limit: number }, SentLogRow>(
      `SELECT * FROM sent_log WHERE (:story IS NULL OR story_id = :story) AND (:destination IS NULL OR destination = :destination) ORDER BY id DESC LIMIT :limit`,
    ),
    sentByTempName: db.prepare<[string], { file_name: string }>('SELECT file_name FROM sent_log WHERE temp_name = ?'),
    logFile: db.prepare<Record<string, unknown>, SentLogRow>(
      `INSERT INTO sent_log (story_id, destination, version, format, sequence, file_name, sha256, sent_at, kind, correction_note, temp_name, sent_by)
       VALUES (:story, :destination, :version, :format, :sequence, :file, :sha, :at, :kind, :note, :temp, :by) RETURNING *`,
    ),
    takeSequences: db.prepare('UPDATE destinations SET next_sequence = next_sequence + ? WHERE name = ? AND next_sequence = ?'),
    stored: db.prepare<[string], { state: Buffer; revision: number }>('SELECT state, revision FROM documents WHERE name = ?'),
  };
  const now = () => new Date().toISOString();
  // The same state stored again is not a new revision: desktops would sync it again for nothing.
  const storeMerged = db.transaction((storyId: string, incoming: Uint8Array): number => {
    const stored = statements.stored.get(storyId);
    const { state, changed } = mergeStates(stored ? new Uint8Array(stored.state) : null, incoming);
    if (!changed) return stored!.revision;
    return statements.storeDocument.get(storyId, Buffer.from(state), now())!.revision;
  });

  return {
    engine: 'sqlite',
    async addMember(member: Member, tokenHash: string) {
      try {
        statements.addMember.run(member.name, member.role, tokenHash, now());
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new MemberExistsError(member.name);
        throw error;
      }
    },
    async removeMember(name) {
      return statements.removeMember.run(name).changes > 0;
    },
    async memberByTokenHash(tokenHash) {
      const row = statements.memberByTokenHash.get(tokenHash);
      return row ? { name: row.name, role: roleOf(row.role) } : null;
    },
    async storyRecord(storyId): Promise<StoryRecord | null> {
      const row = statements.story.get(storyId);
      if (!row) return null;
      return { owner: row.owner, assignees: statements.assignees.all(storyId).map((assignee) => assignee.name) };
    },
    async createStory(storyId, owner) {
      statements.createStory.run(storyId, owner, now());
    },
    async assign(storyId, name) {
      if (!statements.story.get(storyId)) return false;
      statements.assign.run(storyId, name);
      return true;
    },
    async stories() {
      return statements.stories.all();
    },
    async loadDocument(storyId) {
      const row = statements.loadDocument.get(storyId);
      return row ? new Uint8Array(row.state) : null;
    },
    async storeDocument(storyId, state) {
      return storeMerged(storyId, state);
    },
    async destinations() {
      return statements.destinations.all().map(rowToDestination);
    },
    async destination(name) {
      const row = statements.destination.get(name);
      return row ? rowToDestination(row) : null;
    },
    async addDestination(destination) {
      return db.transaction(() => {
        if (statements.destination.get(destination.name)) throw new DestinationExistsError(destination.name);
        const next = (statements.lastSequence.get(destination.name)?.last ?? 0) + 1;
        statements.addDestination.run(destination.name, destination.folder, JSON.stringify(destination.formats), destination.fileNamePattern, next);
        return rowToDestination(statements.destination.get(destination.name)!);
      })();
    },
    async removeDestination(name) {
      return statements.removeDestination.run(name).changes > 0;
    },
    async sentLog(query) {
      return statements.sentLog.all({ story: query.story ?? null, destination: query.destination ?? null, limit: query.limit }).map(rowToSentLogEntry);
    },
    async findSentByTempNames(tempNames) {
      return tempNames.flatMap((tempName) => {
        const row = statements.sentByTempName.get(tempName);
        return row ? [{ tempName, fileName: row.file_name }] : [];
      });
    },
    // One server process owns a data folder; its sends to a destination are queued one after
    // another above the store (newsroomDesk.ts), so the counter read here is still the counter at
    // commit. The commit checks it all the same, so that a second process on the same file fails
    // its send cleanly instead of sharing a number.
    async sendExclusively(name, storyId, prepare) {
      const row = statements.destination.get(name);
      if (!row) throw new NoDestinationError(name);
      const destination = rowToDestination(row);
      const lastSent = statements.sentLog.all({ story: storyId, destination: name, limit: 1 }).map(rowToSentLogEntry)[0];
      const send = await prepare(destination, lastSent);
      return db.transaction(() => {
        if (statements.takeSequences.run(send.files.length, name, destination.nextSequence).changes !== 1) {
          throw new Error(`Another server process sent to ${name} at the same moment; nothing was sent. Send again.`);
        }
        return send.files.map((file, i) =>
          rowToSentLogEntry(
            statements.logFile.get({
              story: send.storyId,
              destination: name,
              version: send.version,
              format: file.format,
              sequence: destination.nextSequence + i,
              file: file.fileName,
              sha: file.sha256,
              at: send.sentAt,
              kind: send.kind,
              note: send.correctionNote ?? null,
              temp: file.tempName,
              by: send.sentBy,
            })!,
          ),
        );
      })();
    },
    async close() {
      db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    db.close();
    throw new Error(`The newsroom database was written by a newer Galley server (schema ${version}); this one knows up to ${SCHEMA_VERSION}. It was not touched.`);
  }
  if (version === SCHEMA_VERSION) return;
  db.transaction(() => {
    for (const migration of MIGRATIONS.slice(version)) db.exec(migration);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}
