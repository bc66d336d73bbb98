import type { Destination } from '../../src/desk/destination';

/** What the desk shows beside a destination the newsroom server keeps; empty for this library's own. */
export function newsroomNote(destination: Destination): string {
  if (!destination.newsroom) return '';
  return destination.newsroom.offlineReason ? 'newsroom, offline' : 'newsroom';
}

/** Why the newsroom's destinations are shown as last seen, when the server could not be asked; null when it could. */
export function newsroomOffline(destinations: readonly Destination[]): string | null {
  return destinations.find((d) => d.newsroom?.offlineReason)?.newsroom?.offlineReason ?? null;
}
