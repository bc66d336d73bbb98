// What the page and the services say to each other about a story edited live (contract methods
// openLiveStory, sendLiveUpdates, pollLiveStory, closeLiveStory). Yjs updates and awareness
// travel as base64: the same over Electron IPC and the test host's HTTP.
import { z } from 'zod';

/** The most one call carries: a paste of a long story is one update of a few MB at most. */
const MAX_BASE64_CHARACTERS = 16 * 1024 * 1024;

export const base64Schema = z
  .string()
  .max(MAX_BASE64_CHARACTERS, 'is larger than any update Galley sends')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64');

/** One window's live session of a story; opened by openLiveStory. */
export const liveSessionSchema = z.string().regex(/^[a-z0-9]{8,40}$/, 'is not a live session id');

/** Who this person is to the others in the story: their newsroom name and a caret colour. */
export type LiveUser = { name: string; color: string };

export type LiveStoryOpened =
  | { live: false; reason: string }
  | {
      live: true;
      session: string;
      /** The story's document as this library has it (acknowledged state and pending updates): the page's Y.Doc starts from these bytes, never from the Story JSON. */
      state: string;
      /** Where the page's first poll starts. */
      cursor: number;
      user: LiveUser;
    };

/** How the story's connection to the newsroom is, for the page to say. */
export type LiveConnection = { state: 'connected' | 'connecting' | 'refused'; reason: string | null };

export type LiveStoryNews = {
  /** Updates from others (other desktops, other windows here) after the cursor asked for. */
  updates: string[];
  cursor: number;
  /** Every other person's awareness (carets, names) as one y-protocols update, when it changed after the version asked for. */
  awareness: { update: string; version: number } | null;
  /** The connection now; its version counts changes, for the next poll to name. */
  connection: LiveConnection & { version: number };
  /** The session is gone (closed, or the library disconnected): the page stops polling and reopens the story. */
  closed: boolean;
};

/** Caret colours, each dark enough to carry a white name (CollaborationCaret takes #rrggbb only). */
const CARET_COLOURS = ['#b3261e', '#1d5fa8', '#2e7d32', '#8e24aa', '#c25e00', '#00796b', '#5d4037', '#ad1457'] as const;

/** A person's caret colour, the same on every desktop: picked by their name. */
export function caretColourOf(name: string): string {
  let hash = 0;
  for (const character of name) hash = (Math.imul(hash, 31) + character.codePointAt(0)!) | 0;
  return CARET_COLOURS[Math.abs(hash) % CARET_COLOURS.length];
}
