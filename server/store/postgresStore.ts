import pg from 'pg';
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

/** Each schema version's migration, in order: the revision counts stores, so a desktop can skip a story nobody changed. */
const MIGRATIONS = [
  MIGRATION_1,
  'ALTER TABLE documents ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;',
  deskMigration({ id: 'BIGSERIAL PRIMARY KEY', bigint: 'BIGINT', strict: '' }),
];
const SCHEMA_VERSION = MIGRATIONS.length;

/** Any number to serialise schema changes between instances starting at once. */
const MIGRATION_LOCK = 2_104_021;
/** The advisory-lock class of a story's stores (the story id's hash is the other half of the key). */
const DOCUMENT_LOCK = 2_104_022;

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // A connection PostgreSQL drops mid-transaction fails the query in hand; without a listener
  // its 'error' event would also be thrown and end the server.
  const ignoreDropped = () => undefined;
  client.on('error', ignoreDropped);
  let failure: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    failure = error as Error;
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.off('error', ignoreDropped);
    // A client that failed may be broken: the pool discards it rather than lend it out again.
    client.release(failure);
  }
}

/** The shared store: PostgreSQL, for several server instances behind Redis. */
export async function openPostgresStore(url: string): Promise<NewsroomStore> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // An idle connection closed by a restarting PostgreSQL: the pool drops it and opens another
  // on demand, and the next query reports any trouble. Unheard, the pool's 'error' event would
  // end the server.
  pool.on('error', () => undefined);
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
    async stories() {
      const { rows } = await pool.query<{ id: string; revision: string }>(
        'SELECT stories.id, coalesce(documents.revision, 0) AS revision FROM stories LEFT JOIN documents ON documents.name = stories.id ORDER BY stories.id',
      );
      // BIGINT arrives as text; a story is stored far fewer than 2^53 times.
      return rows.map((row) => ({ id: row.id, revision: Number(row.revision) }));
    },
    async loadDocument(storyId) {
      const { rows } = await pool.query<{ state: Buffer }>('SELECT state FROM documents WHERE name = $1', [storyId]);
      return rows[0] ? new Uint8Array(rows[0].state) : null;
    },
    async storeDocument(storyId, incoming) {
      // One store of a story at a time across every instance, held by PostgreSQL itself: the
      // lock lives and dies with the transaction, so no crashed instance can leave it behind.
      return inTransaction(pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [DOCUMENT_LOCK, storyId]);
        const { rows } = await client.query<{ state: Buffer; revision: string }>('SELECT state, revision FROM documents WHERE name = $1', [storyId]);
        const { state, changed } = mergeStates(rows[0] ? new Uint8Array(rows[0].state) : null, incoming);
        // The same state stored again is not a new revision: desktops would sync it again for nothing.
        if (!changed) return Number(rows[0]!.revision);
        const stored = await client.query<{ revision: string }>(
          `INSERT INTO documents (name, state, revision) VALUES ($1, $2, 1)
             ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = now(), revision = documents.revision + 1
             RETURNING revision`,
          [storyId, Buffer.from(state)],
        );
        return Number(stored.rows[0]!.revision);
      });
    },
    async destinations() {
      const { rows } = await pool.query<DestinationRow>('SELECT * FROM destinations ORDER BY name');
      return rows.map(rowToDestination);
    },
    async destination(name) {
      const { rows } = await pool.query<DestinationRow>('SELECT * FROM destinations WHERE name = $1', [name]);
      return rows[0] ? rowToDestination(rows[0]) : null;
    },
    async addDestination(destination) {
      try {
        // A name used before continues after its last logged number.
        const { rows } = await pool.query<DestinationRow>(
          `INSERT INTO destinations (name, folder, formats, file_name_pattern, next_sequence)
             VALUES ($1, $2, $3, $4, (SELECT coalesce(max(sequence), 0) + 1 FROM sent_log WHERE destination = $1))
           RETURNING *`,
          [destination.name, destination.folder, JSON.stringify(destination.formats), destination.fileNamePattern],
        );
        return rowToDestination(rows[0]);
      } catch (error) {
        if ((error as { code?: string }).code === '23505') throw new DestinationExistsError(destination.name);
        throw error;
      }
    },
    async removeDestination(name) {
      const result = await pool.query('DELETE FROM destinations WHERE name = $1', [name]);
      return (result.rowCount ?? 0) > 0;
    },
    async sentLog(query) {
      const { rows } = await pool.query<SentLogRow>(
        `SELECT * FROM sent_log WHERE ($1::text IS NULL OR story_id = $1) AND ($2::text IS NULL OR destination = $2) ORDER BY id DESC LIMIT $3`,
        [query.story ?? null, query.destination ?? null, query.limit],
      );
      return rows.map(rowToSentLogEntry);
    },
    async findSentByTempNames(tempNames) {
      const { rows } = await pool.query<{ temp_name: string; file_name: string }>('SELECT temp_name, file_name FROM sent_log WHERE temp_name = ANY($1)', [tempNames]);
      return rows.map((row) => ({ tempName: row.temp_name, fileName: row.file_name }));
    },
    // The destination's row stays locked (FOR UPDATE) from the read of its counter until the
    // commit: a sender on another instance waits at the same SELECT and then reads the moved
    // counter, so two senders never render with the same number.
    async sendExclusively(name, storyId, prepare) {
      return inTransaction(pool, async (client) => {
        const { rows } = await client.query<DestinationRow>('SELECT * FROM destinations WHERE name = $1 FOR UPDATE', [name]);
        if (!rows[0]) throw new NoDestinationError(name);
        const destination = rowToDestination(rows[0]);
        const last = await client.query<SentLogRow>('SELECT * FROM sent_log WHERE story_id = $1 AND destination = $2 ORDER BY id DESC LIMIT 1', [storyId, name]);
        const send = await prepare(destination, last.rows[0] ? rowToSentLogEntry(last.rows[0]) : undefined);
        const entries = [];
        for (const [i, file] of send.files.entries()) {
          const logged = await client.query<SentLogRow>(
            `INSERT INTO sent_log (story_id, destination, version, format, sequence, file_name, sha256, sent_at, kind, correction_note, temp_name, sent_by)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *`,
            [send.storyId, name, send.version, file.format, destination.nextSequence + i, file.fileName, file.sha256, send.sentAt, send.kind, send.correctionNote ?? null, file.tempName, send.sentBy],
          );
          entries.push(rowToSentLogEntry(logged.rows[0]));
        }
        await client.query('UPDATE destinations SET next_sequence = next_sequence + $1 WHERE name = $2', [send.files.length, name]);
        return entries;
      });
    },
    async close() {
      await pool.end();
    },
  };
}

async function migrate(pool: pg.Pool): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS galley_schema (version INTEGER NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM galley_schema');
    const version = rows[0]?.version ?? 0;
    if (version > SCHEMA_VERSION) {
      throw new Error(`The newsroom database was written by a newer Galley server (schema ${version}); this one knows up to ${SCHEMA_VERSION}. It was not touched.`);
    }
    if (version < SCHEMA_VERSION) {
      for (const migration of MIGRATIONS.slice(version)) await client.query(migration);
      await client.query('DELETE FROM galley_schema');
      await client.query('INSERT INTO galley_schema (version) VALUES ($1)', [SCHEMA_VERSION]);
    }
  });
}
