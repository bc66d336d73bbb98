import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '../../src/story/body';
import { STORY_STATUSES } from '../../src/story/story';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../main/store/migrations';
import { Store } from '../../main/store/store';
import { SUMMARY_COLUMNS } from '../../main/store/storyRows';
import { numberedBody, storyFields } from '../support/storyBuilders';
import { closeTestLibrary, openTestLibrary, type TempFolder } from '../support/tempLibrary';

let folder: TempFolder;
let store: Store;

beforeEach(() => ({ folder, store } = openTestLibrary()));
afterEach(() => closeTestLibrary(folder, store));

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('migrations', () => {
  it('creates an empty library at the latest schema version with WAL and foreign keys', () => {
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.listStories({ limit: 10 })).toEqual({ stories: [], total: 0, next: null });
  });

  it('upgrades a library from the previous schema version and keeps its stories', () => {
    const file = folder.file('old.galley');
    const old = new Database(file);
    MIGRATIONS[0].up(old);
    old.pragma(`user_version = ${MIGRATIONS[0].version}`);
    old.prepare(
      `INSERT INTO stories (id, slug, headline, standfirst, byline, dateline, body, credit, related, keywords, urgency, language, status, review, embargo, ednote, version, word_count, created_at, updated_at)
       VALUES ('01OLD', 'OLD', 'An old story', '', '', '{"place":"","date":"","source":""}', '{"type":"doc","content":[{"type":"paragraph"}]}', '{"line":"","source":""}', '[]', '[]', 5, 'en', 'draft', '{"state":"none"}', NULL, '', 3, 0, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
    ).run();
    old.close();

    const upgraded = new Store(file);
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(upgraded.getStory('01OLD').headline).toBe('An old story');
    expect(upgraded.listRevisions('01OLD')).toEqual([]);
    upgraded.close();
  });

  it('upgrades a schema 70 library to allow the corrected status, keeping its revisions and counts', () => {
    const file = folder.file('v70.galley');
    const old = new Database(file);
    old.pragma('foreign_keys = ON');
    for (const migration of MIGRATIONS.filter((m) => m.version <= 70)) migration.up(old);
    old.pragma('user_version = 70');
    old.prepare(
      `INSERT INTO stories (id, slug, headline, standfirst, byline, dateline, body, credit, related, keywords, urgency, language, status, review, embargo, ednote, version, word_count, created_at, updated_at)
       VALUES ('01OLD', 'OLD', 'An old story', '', '', '{"place":"","date":"","source":""}', '{"type":"doc","content":[{"type":"paragraph"}]}', '{"line":"","source":""}', '[]', '[]', 5, 'en', 'sent', '{"state":"none"}', NULL, '', 3, 0, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
    ).run();
    old.prepare(`INSERT INTO revisions (story_id, parent_id, version, kind, status, created_at, format, payload, changed_words) VALUES ('01OLD', NULL, 3, 'save', 'sent', '2025-01-01T00:00:00.000Z', 1, '{}', 0)`).run();
    expect(() => old.prepare("UPDATE stories SET status = 'corrected'").run()).toThrow(/CHECK constraint/);
    old.close();

    const upgraded = new Store(file);
    try {
      upgraded.db.prepare("UPDATE stories SET status = 'corrected' WHERE id = '01OLD'").run();
      expect(upgraded.listStories({ limit: 10, status: 'corrected' }).total).toBe(1);
      expect(upgraded.listStories({ limit: 10, status: 'sent' }).total).toBe(0);
      expect(upgraded.listRevisions('01OLD')).toHaveLength(1);
      expect(() => upgraded.db.prepare("UPDATE stories SET status = 'published'").run()).toThrow(/CHECK constraint/);
    } finally {
      upgraded.close();
    }
  });

  it('refuses a library from a newer Galley and leaves the file untouched', () => {
    const file = folder.file('future.galley');
    const future = new Database(file);
    future.exec('CREATE TABLE t (x)');
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
    future.close();
    const before = sha(file);
    expect(() => new Store(file)).toThrow(/newer version of Galley.*not changed/);
    expect(sha(file)).toBe(before);
  });

  it('refuses a file that is not a library and leaves it untouched', () => {
    const file = folder.file('notes.galley');
    writeFileSync(file, 'These are my notes, not a database.\n'.repeat(100));
    const before = sha(file);
    expect(() => new Store(file)).toThrow(/not a Galley library/);
    expect(sha(file)).toBe(before);
  });

  it('refuses a damaged library and leaves it untouched', () => {
    const file = folder.file('damaged.galley');
    const good = new Store(file);
    for (let i = 0; i < 50; i++) good.createStory(storyFields({ body: numberedBody(20) }));
    good.db.pragma('wal_checkpoint(TRUNCATE)');
    good.close();
    const bytes = readFileSync(file);
    // Scribble over the middle pages, as a failing disk would, keeping the header intact.
    bytes.fill(0xa5, 8192, Math.min(bytes.length, 8192 * 4));
    writeFileSync(file, bytes);
    const before = sha(file);
    expect(() => new Store(file)).toThrow(/damaged|not a Galley library/);
    expect(sha(file)).toBe(before);
  });
});

describe('saving', () => {
  it('bumps the version on every save and refuses a stale save with conflict', () => {
    const story = store.createStory(storyFields());
    const mine = store.saveStory({ id: story.id, baseVersion: 1, changes: { headline: 'Mine' } });
    expect(mine.version).toBe(2);
    expect(() => store.saveStory({ id: story.id, baseVersion: 1, changes: { headline: 'Theirs' } })).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    expect(store.getStory(story.id).headline).toBe('Mine');
  });

  it('reports an unknown id as not-found', () => {
    expect(() => store.getStory('NOPE')).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('opens a library read-only: reads succeed, a save says why it failed and changes nothing', () => {
    const story = store.createStory(storyFields());
    store.close();
    const before = sha(folder.file('library.galley'));
    store = new Store(folder.file('library.galley'), { readOnly: true });
    expect(store.readOnly).toBe(true);
    expect(store.getStory(story.id).headline).toBe(story.headline);
    expect(() => store.saveStory({ id: story.id, baseVersion: 1, changes: { headline: 'x' } })).toThrow(/read-only/);
    expect(sha(folder.file('library.galley'))).toBe(before);
  });

  it('reports a library locked by another process as busy, and loses nothing', () => {
    const story = store.createStory(storyFields());
    const other = new Database(folder.file('library.galley'));
    other.exec('BEGIN EXCLUSIVE');
    const blocked = new Store(folder.file('library.galley'), { busyTimeoutMs: 50 });
    expect(() => blocked.saveStory({ id: story.id, baseVersion: 1, changes: { headline: 'Blocked' } })).toThrow(/locked by another program/);
    other.exec('ROLLBACK');
    other.close();
    expect(blocked.saveStory({ id: story.id, baseVersion: 1, changes: { headline: 'Later' } }).headline).toBe('Later');
    blocked.close();
  });
});

describe('the library list', () => {
  it.each([
    ['all stories', 'deleted_at IS NULL', 'SCAN stories USING COVERING INDEX stories_list'],
    ['one status', "deleted_at IS NULL AND status = 'ready'", 'SEARCH stories USING COVERING INDEX stories_list_by_status (status=?)'],
    ['all, after a page', "deleted_at IS NULL AND (updated_at, seq) < ('2026-11-27', 99)", 'SEARCH stories USING COVERING INDEX stories_list (updated_at<?)'],
    ['one status, after a page', "deleted_at IS NULL AND status = 'ready' AND (updated_at, seq) < ('2026-11-27', 99)", 'SEARCH stories USING COVERING INDEX stories_list_by_status (status=? AND updated_at<?)'],
  ])('reads %s from a covering index, never the rows that hold the bodies', (_label, where, expected) => {
    const plan = store.db
      .prepare(`EXPLAIN QUERY PLAN SELECT seq, ${SUMMARY_COLUMNS} FROM stories WHERE ${where} ORDER BY updated_at DESC, seq DESC LIMIT 100`)
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join('\n')).toBe(expected);
  });

  it('pages through stories by last change', () => {
    // A clock a second on at each write: the touched story is last changed strictly after the others.
    let tick = Date.parse('2026-11-27T10:00:00Z');
    store.close();
    store = new Store(folder.file('ticking.galley'), { now: () => new Date((tick += 1000)) });
    const ids = Array.from({ length: 5 }, (_, i) => store.createStory(storyFields({ slug: `S${i}` })).id);
    store.saveStory({ id: ids[1], baseVersion: 1, changes: { headline: 'Touched last' } });
    const first = store.listStories({ limit: 2 });
    const second = store.listStories({ limit: 2, after: first.next! });
    const last = store.listStories({ limit: 2, after: second.next! });
    expect(first.total).toBe(5);
    expect(first.stories.map((s) => s.slug)).toEqual(['S1', 'S4']);
    expect(second.stories.map((s) => s.slug)).toEqual(['S3', 'S2']);
    expect(last.stories.map((s) => s.slug)).toEqual(['S0']);
    expect(last.next).toBeNull();
  });
});

describe('the library list on a deep library', () => {
  const pageThrough = (status?: 'ready') => {
    const seen: string[] = [];
    let page = store.listStories({ limit: 100, status });
    for (;;) {
      seen.push(...page.stories.map((s) => s.slug));
      if (!page.next) return { seen, total: page.total };
      page = store.listStories({ limit: 100, status, after: page.next });
    }
  };

  it('reaches the oldest story on the last page, every story once, even when many share a time', () => {
    // A pinned clock: every story has the same last change, so only seq orders them.
    const pinned = new Store(folder.file('pinned.galley'), { now: () => new Date('2026-11-27T10:00:00Z') });
    try {
      pinned.importMany(Array.from({ length: 250 }, (_, i) => ({ fields: storyFields({ slug: `S${i}` }), status: i % 5 === 0 ? 'ready' : 'draft' })));
      store.close();
      store = pinned;
      const all = pageThrough();
      expect(all.total).toBe(250);
      expect(all.seen).toEqual(Array.from({ length: 250 }, (_, i) => `S${249 - i}`));
      const ready = pageThrough('ready');
      expect(ready.total).toBe(50);
      expect(ready.seen.at(-1)).toBe('S0');
      expect(new Set(ready.seen).size).toBe(50);
    } finally {
      store = new Store(folder.file('library.galley'));
      pinned.close();
    }
  });

  it('neither repeats nor skips a story when another changes while paging', () => {
    // A clock a second on at each write, so the save is strictly the last change (on a fast
    // machine the import and the save could share a millisecond).
    let tick = Date.parse('2026-11-27T10:00:00Z');
    store.close();
    store = new Store(folder.file('ticking-paging.galley'), { now: () => new Date((tick += 1000)) });
    const stories = store.importMany(Array.from({ length: 5 }, (_, i) => ({ fields: storyFields({ slug: `S${i}` }) })));
    const first = store.listStories({ limit: 2 });
    expect(first.stories.map((s) => s.slug)).toEqual(['S4', 'S3']);
    store.saveStory({ id: stories[0].id, baseVersion: 1, changes: { headline: 'Updated' } });
    const rest = store.listStories({ limit: 10, after: first.next! });
    expect(rest.stories.map((s) => s.slug)).toEqual(['S2', 'S1']);
    expect(store.listStories({ limit: 1 }).stories[0].slug).toBe('S0');
  });

  it('refuses a list position it did not give out', () => {
    expect(() => store.listStories({ limit: 10, after: 'page 3' })).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });

  it('keeps the total right through status changes, the trash, restore and emptying it', () => {
    const counted = (status?: string) =>
      (store.db.prepare(`SELECT count(*) FROM stories WHERE deleted_at IS NULL ${status ? 'AND status = ?' : ''}`).pluck().get(...(status ? [status] : [])) as number);
    const check = () => {
      expect(store.listStories({ limit: 1 }).total).toBe(counted());
      for (const status of STORY_STATUSES) expect(store.listStories({ limit: 1, status }).total).toBe(counted(status));
    };
    const stories = store.importMany(Array.from({ length: 6 }, (_, i) => ({ fields: storyFields({ slug: `S${i}` }), status: i < 2 ? 'ready' : 'draft' })));
    check();
    store.setStatus({ id: stories[2].id, status: 'edited' });
    store.saveStory({ id: stories[3].id, baseVersion: 1, changes: { headline: 'Saved' } });
    check();
    store.deleteStory(stories[0].id);
    store.deleteStory(stories[4].id);
    check();
    expect(store.listStories({ limit: 1 }).total).toBe(4);
    store.restoreFromTrash(stories[0].id);
    check();
    store.emptyTrash();
    check();
    expect(store.listStories({ limit: 1, status: 'ready' }).total).toBe(2);
  });

  it('counts the stories of a library upgraded from schema 60', () => {
    const file = folder.file('v60.galley');
    const old = new Store(file);
    old.importMany(Array.from({ length: 3 }, (_, i) => ({ fields: storyFields({ slug: `S${i}` }), status: i === 0 ? 'sent' : 'draft' })));
    old.deleteStory(old.listStories({ limit: 1 }).stories[0].id);
    // Back to schema 60, as a library written before migration 70.
    old.db.exec('DROP TRIGGER story_counts_insert; DROP TRIGGER story_counts_delete; DROP TRIGGER story_counts_update; DROP TABLE story_counts');
    old.db.pragma('user_version = 60');
    old.close();
    const upgraded = new Store(file);
    try {
      expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(upgraded.listStories({ limit: 10 }).total).toBe(2);
      expect(upgraded.listStories({ limit: 10, status: 'sent' }).total).toBe(1);
    } finally {
      upgraded.close();
    }
  });
});

describe('search', () => {
  it('ranks a headline match above a body match and highlights the snippet', () => {
    store.createStory(storyFields({ slug: 'BODY', headline: 'Harvest report', body: bodyFromParagraphs(['Farmers say the wheat harvest was poor.']) }));
    store.createStory(storyFields({ slug: 'HEAD', headline: 'Wheat prices soar', body: bodyFromParagraphs(['Markets moved sharply.']) }));
    const result = store.searchStories({ query: 'wheat', limit: 10 });
    expect(result.hits.map((hit) => hit.slug)).toEqual(['HEAD', 'BODY']);
    expect(result.hits[1].snippet).toContain('[[wheat]]');
    expect(result.fallback).toBe(false);
  });

  it('finds by prefix and searches an FTS syntax error as a plain phrase', () => {
    store.createStory(storyFields({ slug: 'PORT', body: bodyFromParagraphs(['The port of Odesa reopened (partly).']) }));
    expect(store.searchStories({ query: 'ode*', limit: 10 }).hits).toHaveLength(1);
    const typo = store.searchStories({ query: 'Odesa reopened (partly', limit: 10 });
    expect(typo.fallback).toBe(true);
    expect(typo.hits).toHaveLength(1);
    expect(store.searchStories({ query: '"unbalanced', limit: 10 }).fallback).toBe(true);
  });

  it('reads a NUL character in a query as a space', () => {
    store.createStory(storyFields({ slug: 'PORT', body: bodyFromParagraphs(['The port of Odesa reopened.']) }));
    expect(store.searchStories({ query: '\0', limit: 10 })).toMatchObject({ hits: [], total: 0 });
    expect(store.searchStories({ query: 'Odesa\0reopened', limit: 10 }).hits.map((hit) => hit.slug)).toEqual(['PORT']);
    expect(store.searchStories({ query: '"Odesa\0', limit: 10 }).hits).toHaveLength(1);
  });

  it('does not find stories in the trash, and finds them again when restored', () => {
    const story = store.createStory(storyFields({ headline: 'Kherson shelling' }));
    store.deleteStory(story.id);
    expect(store.searchStories({ query: 'Kherson', limit: 10 }).hits).toHaveLength(0);
    expect(store.listTrash().map((s) => s.id)).toEqual([story.id]);
    store.restoreFromTrash(story.id);
    expect(store.searchStories({ query: 'Kherson', limit: 10 }).hits).toHaveLength(1);
    store.deleteStory(story.id);
    expect(store.emptyTrash()).toEqual({ deleted: 1 });
    expect(() => store.getStory(story.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('revisions', () => {
  it('cuts revisions on explicit save and status change, not on autosave', () => {
    const story = store.createStory(storyFields());
    const autosaved = store.saveStory({ id: story.id, baseVersion: 1, changes: { headline: 'Autosaved' } });
    expect(store.listRevisions(story.id).map((r) => r.kind)).toEqual(['created']);
    const saved = store.saveStory({ id: story.id, baseVersion: autosaved.version, changes: {}, revision: 'save' });
    store.setStatus({ id: story.id, status: 'edited', baseVersion: saved.version });
    expect(store.listRevisions(story.id).map((r) => r.kind)).toEqual(['status', 'save', 'created']);
  });

  it('restores an old revision as a new revision, keeping the text it replaces', () => {
    const story = store.createStory(storyFields({ headline: 'First' }));
    const second = store.saveStory({ id: story.id, baseVersion: 1, changes: { headline: 'Second', body: bodyFromParagraphs(['New text.']) }, revision: 'save' });
    const third = store.saveStory({ id: story.id, baseVersion: second.version, changes: { headline: 'Third (unsaved draft)' } });
    const first = store.listRevisions(story.id).at(-1)!;
    const restored = store.restoreRevision({ id: story.id, revisionId: first.id, baseVersion: third.version });
    expect(restored.headline).toBe('First');
    expect(restored.body).toEqual(story.body);
    const kinds = store.listRevisions(story.id).map((r) => r.kind);
    expect(kinds).toEqual(['restore', 'save', 'save', 'created']);
    const kept = store.getRevision(story.id, store.listRevisions(story.id)[1].id);
    expect(kept.story.headline).toBe('Third (unsaved draft)');
  });

  it('stores a one-paragraph change to a long story in a revision far smaller than the story', () => {
    const body = numberedBody(1000, 20); // 20,000 words
    const story = store.createStory(storyFields({ body }));
    const changed = structuredClone(body);
    changed.content[500] = { type: 'paragraph', content: [{ type: 'text', text: 'One rewritten paragraph.' }] };
    store.saveStory({ id: story.id, baseVersion: 1, changes: { body: changed }, revision: 'save' });
    const [delta, snapshot] = store.listRevisions(story.id);
    expect(snapshot.bytes).toBeGreaterThan(100_000);
    expect(delta.bytes).toBeLessThan(1_000);
    expect(store.getRevision(story.id, delta.id).story.body).toEqual(changed);
    expect(store.getRevision(story.id, snapshot.id).story.body).toEqual(body);
  });

  it('rebuilds every revision of a long chain exactly, across snapshot boundaries', () => {
    let story = store.createStory(storyFields({ body: numberedBody(10) }));
    const expected = new Map<number, string>();
    for (let i = 0; i < 70; i++) {
      const body = structuredClone(story.body);
      body.content[i % 10] = { type: 'paragraph', content: [{ type: 'text', text: `Edit ${i}` }] };
      story = store.saveStory({ id: story.id, baseVersion: story.version, changes: { body, headline: `H${i}` }, revision: 'save' });
      expected.set(story.version, JSON.stringify(story.body));
    }
    for (const revision of store.listRevisions(story.id)) {
      if (!expected.has(revision.version)) continue;
      expect(JSON.stringify(store.getRevision(story.id, revision.id).story.body)).toBe(expected.get(revision.version));
    }
  });
});

