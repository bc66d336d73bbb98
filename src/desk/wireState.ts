// What the wire has of a story, from its sent log: the banner over a sent or killed story, and
// which desk actions can still work (issue 23). The log is the record; the status follows it.
import { wireRefusal } from '../story/statusRules';
import type { Story } from '../story/story';
import { NOTHING_TO_KILL } from './killNotice';
import type { SentLogEntry } from './types';

/** The newest message to one destination. */
export interface WireCopy {
  destination: string;
  kind: SentLogEntry['kind'];
  version: number;
  sentAt: string;
}

export interface WireState {
  /** Per destination, its newest message; newest first. Empty when the story never went out. */
  copies: WireCopy[];
  /** The story was saved since the newest copy went (its version is above every copy's). */
  changedSince: boolean;
  /** Why Send cannot work now; null when it can. */
  sendRefusal: string | null;
  /** Why Kill cannot work now; null when it can. */
  killRefusal: string | null;
}

/** The wire's view of `story`, from its sent log (any order). */
export function wireState(story: Pick<Story, 'status' | 'version'>, log: readonly SentLogEntry[]): WireState {
  const newestFirst = [...log].sort((a, b) => b.id - a.id);
  const copies: WireCopy[] = [];
  for (const entry of newestFirst) {
    if (copies.some((copy) => copy.destination === entry.destination)) continue;
    copies.push({ destination: entry.destination, kind: entry.kind, version: entry.version, sentAt: entry.sentAt });
  }
  const killed = wireRefusal(story.status);
  return {
    copies,
    changedSince: copies.length > 0 && story.status !== 'killed' && copies.every((copy) => story.version > copy.version),
    sendRefusal: killed,
    killRefusal: killed ?? (copies.length ? null : NOTHING_TO_KILL),
  };
}
