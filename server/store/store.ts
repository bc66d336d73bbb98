import { randomBytes } from 'node:crypto';
import { sha256 } from '../../node/sha256';
import type { Destination, SendableFormat } from '../../src/desk/destination';
import type { SendKind, SentFileFormat, SentLogEntry } from '../../src/desk/types';
import type { NewsroomLogQuery } from '../../src/newsroom/deskMessages';
import * as Y from 'yjs';
import { isRole, type Role } from '../../src/newsroom/roles';

/** A person in the newsroom. */
export type Member = Readonly<{ name: string; role: Role }>;

/** Who may write a story as a reporter: its creator and its assignees. */
export type StoryRecord = Readonly<{ owner: string; assignees: readonly string[] }>;

/**
 * Everything the newsroom server keeps: people (with hashed tokens), the library table
 * (who owns and is assigned to each story) and each story's Yjs document, stored as the
 * binary Yjs state and never rebuilt from JSON. One implementation per engine.
 */
export interface NewsroomStore {
  readonly engine: 'sqlite' | 'postgres';
  /** Adds a person; refuses (with a message) a name already taken. */
  addMember(member: Member, tokenHash: string): Promise<void>;
  /** Removes a person and their token; false when there was nobody of that name. */
  removeMember(name: string): Promise<boolean>;
  memberByTokenHash(tokenHash: string): Promise<Member | null>;
  storyRecord(storyId: string): Promise<StoryRecord | null>;
  /** Records the story's creator, unless the story is already in the library. */
  createStory(storyId: string, owner: string): Promise<void>;
  /** Adds an assignee; false when the story is not in the library. */
  assign(storyId: string, name: string): Promise<boolean>;
  /** Every story in the library, with how many times its document has been stored (0: not yet). */
  stories(): Promise<{ id: string; revision: number }[]>;
  loadDocument(storyId: string): Promise<Uint8Array | null>;
  /**
   * Merges the state into the stored document (never replaces it) and returns the story's
   * revision, new only when the merge changed something.
   */
  storeDocument(storyId: string, state: Uint8Array): Promise<number>;
  /** The newsroom's wire destinations, by name. */
  destinations(): Promise<Destination[]>;
  destination(name: string): Promise<Destination | null>;
  /**
   * Adds a destination (already checked with destinationInputSchema); refuses a name in use. A
   * name used before continues after its last logged sequence number: a receiver never sees one twice.
   */
  addDestination(destination: NewDestination): Promise<Destination>;
  /** Removes a destination (its log stays); false when there was none of that name. */
  removeDestination(name: string): Promise<boolean>;
  /** The sent log, newest first. */
  sentLog(query: NewsroomLogQuery): Promise<SentLogEntry[]>;
  /** Log rows whose file was published from one of these temp files (outbox recovery). */
  findSentByTempNames(tempNames: readonly string[]): Promise<{ tempName: string; fileName: string }[]>;
  /**
   * One send to `destination`, with the destination held against every other sender on this
   * store (other instances too) from the moment it is read until the send is logged:
   * `prepare` gets it as it is (its next sequence number) and the story's newest log row
   * there, writes the files and returns them; they are logged with consecutive numbers from
   * that sequence number and the counter moved, in one transaction. When `prepare` throws,
   * nothing is logged and no number is taken: the numbers stay gapless.
   */
  sendExclusively(destination: string, storyId: string, prepare: (destination: Destination, lastSent: SentLogEntry | undefined) => Promise<SendToLog>): Promise<SentLogEntry[]>;
  close(): Promise<void>;
}

/**
 * A new invitation token: 32 random bytes, shown once and stored only as its hash. The prefix
 * keeps a token from starting with "-" (base64url can), which a command line reads as an
 * option, and lets a secret scanner recognise one.
 */
export function newToken(): { token: string; tokenHash: string } {
  const token = `galley_${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return sha256(token);
}

const MEMBER_NAME = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u;

/** Checks a person's name and role as typed on the command line; throws with what to fix. */
export function parseMember(name: string, role: string | undefined): Member {
  if (!MEMBER_NAME.test(name)) {
    throw new Error(`"${name}" is not a usable name: use letters, digits, ".", "_" or "-" (at most 64), starting with a letter or digit.`);
  }
  if (role === undefined || !isRole(role)) {
    throw new Error(`--role must be one of reporter, editor, reviewer, admin${role === undefined ? '' : ` (got "${role}")`}.`);
  }
  return { name, role };
}

/** A row's role column back to a Role; a row written by hand with another value is refused. */
export function roleOf(value: string): Role {
  if (!isRole(value)) throw new Error(`The newsroom database holds an unknown role "${value}".`);
  return value;
}

export class MemberExistsError extends Error {
  constructor(name: string) {
    super(`"${name}" is already a member; remove them first to issue a new token.`);
  }
}

export type NewDestination = Readonly<{ name: string; folder: string; formats: SendableFormat[]; fileNamePattern: string }>;

/** A file written for a send, as its log row will name it. */
export type LoggedFile = Readonly<{ format: SentFileFormat; fileName: string; sha256: string; tempName: string }>;

/** What one send logs: its files in sequence order, and who sent which version when. */
export type SendToLog = Readonly<{
  storyId: string;
  version: number;
  kind: SendKind;
  correctionNote?: string;
  sentAt: string;
  sentBy: string;
  files: readonly LoggedFile[];
}>;

export class DestinationExistsError extends Error {
  constructor(name: string) {
    super(`The newsroom already has a destination named "${name}"; remove it first to change it.`);
  }
}

export class NoDestinationError extends Error {
  constructor(name: string) {
    super(`The newsroom has no destination named "${name}".`);
  }
}

/** A destinations row of either engine. */
export type DestinationRow = { name: string; folder: string; formats: string; file_name_pattern: string; next_sequence: number | string };

export function rowToDestination(row: DestinationRow): Destination {
  return { name: row.name, folder: row.folder, formats: JSON.parse(row.formats) as SendableFormat[], fileNamePattern: row.file_name_pattern, nextSequence: Number(row.next_sequence) };
}

/** A sent_log row of either engine (PostgreSQL's BIGINT ids arrive as text). */
export type SentLogRow = {
  id: number | string;
  story_id: string;
  destination: string;
  version: number;
  format: string;
  sequence: number | string;
  file_name: string;
  sha256: string;
  sent_at: string;
  kind: string;
  correction_note: string | null;
};

export function rowToSentLogEntry(row: SentLogRow): SentLogEntry {
  return {
    id: Number(row.id),
    storyId: row.story_id,
    destination: row.destination,
    version: row.version,
    format: row.format as SentFileFormat,
    sequence: Number(row.sequence),
    fileName: row.file_name,
    sha256: row.sha256,
    sentAt: row.sent_at,
    kind: row.kind as SendKind,
    ...(row.correction_note === null ? {} : { correctionNote: row.correction_note }),
  };
}

/** The desk's tables, the same in both engines but for the column types each spells its own way. */
export function deskMigration(types: Readonly<{ id: string; bigint: string; strict: string }>): string {
  return `
  CREATE TABLE destinations (
    name TEXT PRIMARY KEY,
    folder TEXT NOT NULL,
    formats TEXT NOT NULL,
    file_name_pattern TEXT NOT NULL,
    next_sequence ${types.bigint} NOT NULL
  )${types.strict};
  CREATE TABLE sent_log (
    id ${types.id},
    story_id TEXT NOT NULL,
    destination TEXT NOT NULL,
    version INTEGER NOT NULL,
    format TEXT NOT NULL,
    sequence ${types.bigint} NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    correction_note TEXT,
    temp_name TEXT NOT NULL,
    sent_by TEXT NOT NULL,
    UNIQUE (destination, sequence)
  )${types.strict};
  CREATE INDEX sent_log_story ON sent_log (story_id, destination);
  CREATE INDEX sent_log_temp ON sent_log (temp_name);
`;
}
/**
 * The stored state with another state merged in, and whether that changed anything. Every
 * store merges rather than replaces, so no writer can lose what another stored: two instances
 * storing their own copies while Redis was away (each missing the other's edits), or a document
 * that failed to load and is still empty (hocuspocus #382), both only add to what is stored.
 */
export function mergeStates(stored: Uint8Array | null, incoming: Uint8Array): { state: Uint8Array; changed: boolean } {
  if (stored === null) return { state: incoming, changed: true };
  if (Buffer.compare(stored, incoming) === 0) return { state: stored, changed: false };
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, stored);
    Y.applyUpdate(doc, incoming);
    const state = Y.encodeStateAsUpdate(doc);
    return { state, changed: Buffer.compare(state, stored) !== 0 };
  } finally {
    doc.destroy();
  }
}
