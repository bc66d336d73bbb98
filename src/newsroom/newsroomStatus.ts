// What the app shows of its newsroom connection. The token is never part of it: it stays in the
// main process's keeper (main/services/newsroom/secretStore.ts).
import type { FieldConflict } from './fieldConflicts';
import type { Presence } from './presence';

export type NewsroomStatus =
  | { connected: false }
  | {
      connected: true;
      /** The server's address as stored, e.g. ws://newsroom.example:1234. */
      url: string;
      /** Its host (and port), for the header. */
      host: string;
      /** When the library was last in step with the server; null before the first sync. */
      lastSyncedAt: string | null;
      /** Why the last sync could not reach the server or was refused; null when it went through. */
      offlineReason: string | null;
      /** Stories with changes here the server has not stored yet. */
      waiting: number;
    };

/** One Sync now: what moved, what needs a person, and the status after it. */
export type NewsroomSyncResult = {
  status: NewsroomStatus;
  stories: number;
  received: number;
  changed: number;
  sent: number;
  conflicts: (FieldConflict & { storyId: string })[];
  failures: { storyId: string; reason: string }[];
  warnings: string[];
};

/**
 * What the header and the library list follow while a library syncs by itself: the status,
 * whether a sync is under way, why the last one did not bring everything in step (once, not at
 * every retry), who is in which story, and a count that moves whenever a sync brought stories
 * in or changed them. `generation` moves with any of it; `watchNewsroom` waits for it to move.
 */
export type NewsroomActivity = {
  generation: number;
  status: NewsroomStatus;
  syncing: boolean;
  problem: string | null;
  presence: Presence[];
  storiesChanged: number;
};
