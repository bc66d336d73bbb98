import type { Database } from 'better-sqlite3';

/** Stories (the working copy of each), their full-text index and the library's settings. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE stories (
      seq         INTEGER PRIMARY KEY,
      id          TEXT NOT NULL UNIQUE,
      slug        TEXT NOT NULL,
      headline    TEXT NOT NULL,
      standfirst  TEXT NOT NULL,
      byline      TEXT NOT NULL,
      dateline    TEXT NOT NULL,
      body        TEXT NOT NULL,
      credit      TEXT NOT NULL,
      related     TEXT NOT NULL,
      keywords    TEXT NOT NULL,
      urgency     INTEGER NOT NULL CHECK (urgency BETWEEN 1 AND 9),
      language    TEXT NOT NULL,
      status      TEXT NOT NULL CHECK (status IN ('draft', 'edited', 'ready', 'sent', 'killed')),
      review      TEXT NOT NULL,
      embargo     TEXT,
      ednote      TEXT NOT NULL,
      version     INTEGER NOT NULL CHECK (version > 0),
      word_count  INTEGER NOT NULL,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      deleted_at  TEXT
    ) STRICT;

    -- The library list: live stories by last change, optionally by status.
    CREATE INDEX stories_live_by_update ON stories (updated_at DESC) WHERE deleted_at IS NULL;
    CREATE INDEX stories_live_by_status ON stories (status, updated_at DESC) WHERE deleted_at IS NULL;

    -- rowid = stories.seq. Kept in step by the store in the same transaction as each write,
    -- because the body's plain text is derived from TipTap JSON in TypeScript.
    CREATE VIRTUAL TABLE story_search USING fts5(
      slug, headline, standfirst, byline, keywords, body,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    );
    -- Column weights for ORDER BY rank: a word in the headline or slug counts far more than
    -- the same word deep in the body.
    INSERT INTO story_search (story_search, rank) VALUES ('rank', 'bm25(6.0, 10.0, 4.0, 2.0, 6.0, 1.0)');

    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `);
}
