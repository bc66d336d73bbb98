// The sync agent's decisions, apart from its I/O (main/services/newsroom/syncLibrary.ts).

/** True when `stored` holds every change `local` has (every client's clock at least as far). */
export function covers(stored: Map<number, number>, local: Map<number, number>): boolean {
  for (const [client, clock] of local) if ((stored.get(client) ?? 0) < clock) return false;
  return true;
}

/**
 * A story nobody changed on either side since it was last in step: nothing pending here, and
 * the server's revision (how many times it stored a change) the one it was in step at.
 */
export function isUnchanged(shared: { pending: readonly unknown[]; serverRevision: number } | null, serverRevision: number | undefined): boolean {
  return shared !== null && shared.pending.length === 0 && shared.serverRevision > 0 && shared.serverRevision === serverRevision;
}

/** A clock further off than this from the server's is worth a word: times shown and sent would be wrong. */
const CLOCK_TOLERANCE_MS = 5 * 60_000;

/** A warning when this computer's clock is off the server's (Yjs needs no clock; people reading times do). */
export function clockWarning(serverTime: unknown, url: string, now = Date.now()): string[] {
  const server = typeof serverTime === 'string' ? Date.parse(serverTime) : NaN;
  if (Number.isNaN(server)) return [];
  const offBy = now - server;
  if (Math.abs(offBy) <= CLOCK_TOLERANCE_MS) return [];
  const minutes = Math.round(Math.abs(offBy) / 60_000);
  return [
    `This computer's clock is ${minutes} minutes ${offBy > 0 ? 'ahead of' : 'behind'} the newsroom server at ${url}: times Galley records here (changes, embargoes, sends) will be off. Set the clock; nothing was lost.`,
  ];
}
