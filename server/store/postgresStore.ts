import pg from 'pg';
import { MemberExistsError, roleOf, type Member, type NewsroomStore, type StoryRecord } from './store';

const SCHEMA_VERSION = 1;

const MIGRATION_1 = `
  CREATE TABLE members (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  CREATE TABLE story_assignees (
    story_id TEXT NOT NULL REFERENCES stories(id),
    name TEXT NOT NULL,
    PRIMARY KEY (story_id, name)
  );
  CREATE TABLE documents (
    name TEXT PRIMARY KEY,
    state BYTEA NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
`;

/** Any number to serialise schema changes between instances starting at once. */
const MIGRATION_LOCK = 2_104_021;

/** The shared store: PostgreSQL, for several server instances behind Redis. */
export async function openPostgresStore(url: string): Promise<NewsroomStore> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }

  return {
    engine: 'postgres',
    async addMember(member: Member, tokenHash: string) {
      try {
        await pool.query('INSERT INTO members (name, role, token_hash) VALUES ($1, $2, $3)', [member.name, member.role, tokenHash]);
      } catch (error) {
        if ((error as { code?: string }).code === '23505') throw new MemberExistsError(member.name);
        throw error;
      }
    },
    async removeMember(name) {
      const result = await pool.query('DELETE FROM members WHERE name = $1', [name]);
      return (result.rowCount ?? 0) > 0;
    },
    async memberByTokenHash(tokenHash) {
      const { rows } = await pool.query<{ name: string; role: string }>('SELECT name, role FROM members WHERE token_hash = $1', [tokenHash]);
      return rows[0] ? { name: rows[0].name, role: roleOf(rows[0].role) } : null;
    },
    async storyRecord(storyId): Promise<StoryRecord | null> {
      const { rows } = await pool.query<{ owner: string; assignees: string[] }>(
        `SELECT owner, array(SELECT name FROM story_assignees WHERE story_id = id ORDER BY name) AS assignees
           FROM stories WHERE id = $1`,
        [storyId],
      );
      return rows[0] ?? null;
    },
    async createStory(storyId, owner) {
      await pool.query('INSERT INTO stories (id, owner) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [storyId, owner]);
    },
    async assign(storyId, name) {
      const story = await pool.query('SELECT 1 FROM stories WHERE id = $1', [storyId]);
      if (story.rowCount === 0) return false;
      await pool.query('INSERT INTO story_assignees (story_id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING', [storyId, name]);
      return true;
    },
    async storyIds() {
      const { rows } = await pool.query<{ id: string }>('SELECT id FROM stories ORDER BY id');
      return rows.map((row) => row.id);
    },
    async loadDocument(storyId) {
      const { rows } = await pool.query<{ state: Buffer }>('SELECT state FROM documents WHERE name = $1', [storyId]);
      return rows[0] ? new Uint8Array(rows[0].state) : null;
    },
    async storeDocument(storyId, state) {
      await pool.query(
        `INSERT INTO documents (name, state) VALUES ($1, $2)
           ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = now()`,
        [storyId, Buffer.from(state)],
      );
    },
    async close() {
      await pool.end();
    },
  };
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS galley_schema (version INTEGER NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM galley_schema');
    const version = rows[0]?.version ?? 0;
    if (version > SCHEMA_VERSION) {
      throw new Error(`The newsroom database was written by a newer Galley server (schema ${version}); this one knows up to ${SCHEMA_VERSION}. It was not touched.`);
    }
    if (version < SCHEMA_VERSION) {
      await client.query(MIGRATION_1);
      await client.query('DELETE FROM galley_schema');
      await client.query('INSERT INTO galley_schema (version) VALUES ($1)', [SCHEMA_VERSION]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
