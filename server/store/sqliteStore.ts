import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MemberExistsError, roleOf, type Member, type NewsroomStore, type StoryRecord } from './store';


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
const MIGRATIONS = [MIGRATION_1, 'ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;'];
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
    // The same state stored again is not a new revision: desktops would sync it again for nothing.
    storeDocument: db.prepare<[string, Buffer, string], { revision: number }>(
      `INSERT INTO documents (name, state, updated_at, revision) VALUES (?, ?, ?, 1)
         ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at, revision = documents.revision + 1
           WHERE documents.state <> excluded.state
         RETURNING revision`,
    ),
    revision: db.prepare<[string], { revision: number }>('SELECT revision FROM documents WHERE name = ?'),
  };
  const now = () => new Date().toISOString();

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
      return (statements.storeDocument.get(storyId, Buffer.from(state), now()) ?? statements.revision.get(storyId)!).revision;
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
