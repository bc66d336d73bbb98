import { randomBytes } from 'node:crypto';
import { sha256 } from '../../node/sha256';
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
  /** Stores the document's state; returns its new revision. */
  storeDocument(storyId: string, state: Uint8Array): Promise<number>;
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
