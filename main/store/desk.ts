// The desk's tables (migration 0040): destinations with their sequence counters, and the sent log.
// Functions over a Db, called by Store inside its transactions; rows never leave this file.
import { GalleyError } from '../../src/api/result';
import { destinationInputSchema, type Destination, type SendableFormat } from '../../src/desk/destination';
import type { SendKind, SentFileFormat, SentLogEntry } from '../../src/desk/types';
import type { Story } from '../../src/story/story';
import { statusAfterSend, wireRefusal } from '../../src/story/statusRules';
import type { Db } from './database';

interface DestinationRow {
  name: string;
  folder: string;
  formats: string;
  file_name_pattern: string;
  next_sequence: number;
}

interface SentLogRow {
  id: number;
  story_id: string;
  destination: string;
  version: number;
  format: string;
  sequence: number;
  file_name: string;
  sha256: string;
  sent_at: string;
  kind: string;
  correction_note: string | null;
  temp_name: string | null;
}

function rowToDestination(row: DestinationRow): Destination {
  return {
    name: row.name,
    folder: row.folder,
    formats: JSON.parse(row.formats) as SendableFormat[],
    fileNamePattern: row.file_name_pattern,
    nextSequence: row.next_sequence,
  };
}

function rowToEntry(row: SentLogRow): SentLogEntry {
  return {
    id: row.id,
    storyId: row.story_id,
    destination: row.destination,
    version: row.version,
    format: row.format as SentFileFormat,
    sequence: row.sequence,
    fileName: row.file_name,
    sha256: row.sha256,
    sentAt: row.sent_at,
    kind: row.kind as SendKind,
    ...(row.correction_note === null ? {} : { correctionNote: row.correction_note }),
  };
}

const DESTINATION_COLUMNS = 'name, folder, formats, file_name_pattern, next_sequence';

export function listDestinations(db: Db): Destination[] {
  return (db.prepare(`SELECT ${DESTINATION_COLUMNS} FROM destinations ORDER BY name`).all() as DestinationRow[]).map(rowToDestination);
}

export function getDestination(db: Db, name: string): Destination {
  const row = db.prepare(`SELECT ${DESTINATION_COLUMNS} FROM destinations WHERE name = ?`).get(name) as DestinationRow | undefined;
  if (!row) throw new GalleyError('not-found', `No destination named "${name}". Add it in Settings or with \`galley destination add\`.`);
  return rowToDestination(row);
}

/**
 * Adds a destination, or updates the one named `previousName` (a rename keeps its counter and
 * log). A destination re-added under an old name continues after that name's last logged
 * sequence number, so a receiver never sees a number twice.
 */
export function saveDestination(db: Db, raw: unknown, previousName: string | undefined, now: string): Destination {
  const parsed = destinationInputSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GalleyError('invalid-input', `The destination's ${issue.path.join('.') || 'settings'} ${issue.message}.`);
  }
  const input = parsed.data;
  const clash = db.prepare('SELECT name FROM destinations WHERE name = ?').get(input.name) as { name: string } | undefined;
  if (clash && clash.name.toLowerCase() !== (previousName ?? '').toLowerCase()) {
    throw new GalleyError('invalid-input', `A destination named "${clash.name}" already exists.`);
  }
  const params = { name: input.name, folder: input.folder, formats: JSON.stringify(input.formats), pattern: input.fileNamePattern, now };
  if (previousName !== undefined) {
    getDestination(db, previousName);
    db.prepare('UPDATE destinations SET name = :name, folder = :folder, formats = :formats, file_name_pattern = :pattern WHERE name = :previous').run({
      ...params,
      previous: previousName,
    });
    db.prepare('UPDATE sent_log SET destination = :name WHERE destination = :previous').run({ name: input.name, previous: previousName });
  } else {
    const { last } = db.prepare('SELECT max(sequence) AS last FROM sent_log WHERE destination = ?').get(input.name) as { last: number | null };
    db.prepare(
      `INSERT INTO destinations (name, folder, formats, file_name_pattern, next_sequence, created_at) VALUES (:name, :folder, :formats, :pattern, :next, :now)`,
    ).run({ ...params, next: (last ?? 0) + 1 });
  }
  return getDestination(db, input.name);
}

export function deleteDestination(db: Db, name: string): void {
  if (db.prepare('DELETE FROM destinations WHERE name = ?').run(name).changes === 0) getDestination(db, name);
}

export interface LogQuery {
  storyId?: string;
  destination?: string;
  limit?: number;
}

/** The sent log, newest first, for a story, a destination, or both. */
export function listSentLog(db: Db, query: LogQuery): SentLogEntry[] {
  const rows = db
    .prepare(
      `SELECT * FROM sent_log
        WHERE (:story IS NULL OR story_id = :story) AND (:destination IS NULL OR destination = :destination)
        ORDER BY id DESC LIMIT :limit`,
    )
    .all({ story: query.storyId ?? null, destination: query.destination ?? null, limit: query.limit ?? 1000 }) as SentLogRow[];
  return rows.map(rowToEntry);
}

/** Log rows whose file was renamed from one of these temporary files (crash recovery). */
export function findSentByTempNames(db: Db, tempNames: readonly string[]): (SentLogEntry & { tempName: string })[] {
  const find = db.prepare('SELECT * FROM sent_log WHERE temp_name = ?');
  return tempNames.flatMap((name) => {
    const row = find.get(name) as SentLogRow | undefined;
    return row ? [{ ...rowToEntry(row), tempName: name }] : [];
  });
}

export interface SentFile {
  format: SentFileFormat;
  fileName: string;
  sha256: string;
  /** The temporary file already written and fsynced in the destination folder. */
  tempName: string;
}

export interface CommitSendInput {
  storyId: string;
  /** The story version that was checked and rendered; a newer one means it changed meanwhile. */
  baseVersion: number;
  destination: string;
  /** The destination's next sequence number when the files were rendered; the files carry it. */
  firstSequence: number;
  kind: SendKind;
  correctionNote?: string;
  /** In sequence order: file i carries firstSequence + i. */
  files: readonly SentFile[];
  sentAt: string;
}

/** How Store lets the desk change a story: read it, and write it with its revision. */
export interface StoryAccess {
  get(id: string): Story;
  putWithRevision(story: Story): void;
}

/**
 * The decision to send, as one transaction (the caller holds it): the counter moves by the number
 * of files, one log row per file, and the story becomes `sent` (or `killed`) at version + 1, the
 * version the files already carry. A moved counter or a changed story is a `conflict` and writes
 * nothing: the caller renders again with fresh numbers.
 */
export function commitSend(db: Db, stories: StoryAccess, input: CommitSendInput): { entries: SentLogEntry[]; story: Story } {
  const destination = getDestination(db, input.destination);
  if (destination.nextSequence !== input.firstSequence) {
    throw new GalleyError('conflict', `Another send to ${destination.name} took sequence number ${input.firstSequence}.`, { nextSequence: destination.nextSequence });
  }
  const current = stories.get(input.storyId);
  if (current.version !== input.baseVersion) {
    throw new GalleyError('conflict', `The story changed while it was being sent (now version ${current.version}).`, { current });
  }
  const insert = db.prepare(
    `INSERT INTO sent_log (story_id, destination, version, format, sequence, file_name, sha256, sent_at, kind, correction_note, temp_name)
     VALUES (:story, :destination, :version, :format, :sequence, :file, :sha, :at, :kind, :note, :temp)`,
  );
  const ids = input.files.map(
    (file, i) =>
      insert.run({
        story: input.storyId,
        destination: destination.name,
        version: input.baseVersion + 1,
        format: file.format,
        sequence: input.firstSequence + i,
        file: file.fileName,
        sha: file.sha256,
        at: input.sentAt,
        kind: input.kind,
        note: input.correctionNote ?? null,
        temp: file.tempName,
      }).lastInsertRowid,
  );
  db.prepare('UPDATE destinations SET next_sequence = next_sequence + ? WHERE name = ?').run(input.files.length, destination.name);
  // One kill goes to each destination in turn, so only a send or correction is refused here.
  const refusal = input.kind === 'kill' ? null : wireRefusal(current.status);
  if (refusal) throw new GalleyError('invalid-input', refusal);
  const story: Story = { ...current, status: statusAfterSend(input.kind), version: current.version + 1, updatedAt: input.sentAt };
  stories.putWithRevision(story);
  const select = db.prepare('SELECT * FROM sent_log WHERE id = ?');
  return { entries: ids.map((id) => rowToEntry(select.get(id) as SentLogRow)), story };
}
