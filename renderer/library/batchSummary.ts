// What a batch action on the library's selection did, told in one line: "3 moved to Trash; 1
// refused: OLD-FIRE". The reasons are listed under it, one a story.

/** How one story of a batch came out. */
export type BatchOutcome =
  | { id: string; name: string; result: 'done'; detail?: string }
  /** Nothing to do: the story was already as asked (set status to what it has). */
  | { id: string; name: string; result: 'unchanged' }
  | { id: string; name: string; result: 'refused'; reason: string };

/** The words of one action: "moved to Trash", "set to ready", "exported to /srv/out". */
export interface BatchWords {
  done: string;
  /** For stories already as asked: "already ready". */
  unchanged?: string;
}

const names = (outcomes: readonly BatchOutcome[]) => outcomes.map((o) => o.name).join(', ');

/** "3 moved to Trash; 1 already ready; 1 refused: OLD-FIRE; 2 not tried (cancelled)". */
export function batchSummary(words: BatchWords, outcomes: readonly BatchOutcome[], notTried = 0): string {
  const done = outcomes.filter((o) => o.result === 'done');
  const unchanged = outcomes.filter((o) => o.result === 'unchanged');
  const refused = outcomes.filter((o) => o.result === 'refused');
  const parts = [`${done.length} ${words.done}`];
  if (unchanged.length) parts.push(`${unchanged.length} ${words.unchanged ?? 'unchanged'}`);
  if (refused.length) parts.push(`${refused.length} refused: ${names(refused)}`);
  if (notTried) parts.push(`${notTried} not tried (cancelled)`);
  return `${parts.join('; ')}.`;
}

/** Each refused story with its reason, for the list under the summary. */
export function refusals(outcomes: readonly BatchOutcome[]): { id: string; text: string }[] {
  return outcomes.flatMap((o) => (o.result === 'refused' ? [{ id: o.id, text: `${o.name}: ${o.reason}` }] : []));
}
