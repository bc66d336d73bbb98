// Who may set a story's status, and to what (issue 23). People move a story between draft,
// edited and ready. Sent, corrected and killed record what went out on the wire, so only a real
// send or kill sets them, in the same transaction as its sent-log row (main/store/desk.ts):
// otherwise the library could say "sent" while the log says the story never went. A kill is
// final: a withdrawn story that goes out again reads to every receiver as usable copy, so the
// way back is a new story. The API, the CLI and the Status dropdown all ask this module.
import type { SendKind } from '../desk/types';
import { STORY_STATUSES, type StoryStatus } from './story';

/** The statuses a person sets by hand. */
export const HAND_SET_STATUSES = ['draft', 'edited', 'ready'] as const satisfies readonly StoryStatus[];

const SET_BY: Record<Exclude<StoryStatus, (typeof HAND_SET_STATUSES)[number]>, string> = {
  sent: 'A story becomes sent only when Galley sends it: use Send.',
  corrected: 'A story becomes corrected only when Galley sends a correction: use Send on a story that went out before.',
  killed: 'A story becomes killed only when Galley sends its kill notice: use Kill.',
};

export const KILLED_IS_FINAL = 'This story was killed, and a kill is final: it cannot be sent or reopened. Start a new story instead.';

/** Why a person cannot move a story from `from` to `to`; null when they can (or nothing changes). */
export function statusChangeRefusal(from: StoryStatus, to: StoryStatus): string | null {
  if (from === to) return null;
  if (from === 'killed') return KILLED_IS_FINAL;
  return (HAND_SET_STATUSES as readonly StoryStatus[]).includes(to) ? null : SET_BY[to as keyof typeof SET_BY];
}

/** A selection sorted for one status change (the library's Set status): moved, already there, refused with the reason. */
export interface StatusPlan<T> {
  change: T[];
  unchanged: T[];
  refused: { story: T; reason: string }[];
}

export function planStatusChange<T extends { status: StoryStatus }>(stories: readonly T[], to: StoryStatus): StatusPlan<T> {
  const plan: StatusPlan<T> = { change: [], unchanged: [], refused: [] };
  for (const story of stories) {
    const reason = statusChangeRefusal(story.status, to);
    if (reason) plan.refused.push({ story, reason });
    else (story.status === to ? plan.unchanged : plan.change).push(story);
  }
  return plan;
}

/** Every status with, for the Status dropdown, why it cannot be chosen from `from` (null when it can). */
export function statusChoices(from: StoryStatus): { status: StoryStatus; refusal: string | null }[] {
  return STORY_STATUSES.map((status) => ({ status, refusal: statusChangeRefusal(from, status) }));
}

/** Why a story with this status cannot go on the wire at all (a send, a correction or a kill); null when it can. */
export function wireRefusal(status: StoryStatus): string | null {
  return status === 'killed' ? KILLED_IS_FINAL : null;
}

/** The status a story takes in the transaction that logs its send. */
export function statusAfterSend(kind: SendKind): StoryStatus {
  return kind === 'kill' ? 'killed' : kind === 'correction' ? 'corrected' : 'sent';
}
