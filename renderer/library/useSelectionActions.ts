import { useCallback } from 'react';
import type { StoryStatus } from '../../src/story/story';
import { planStatusChange } from '../../src/story/statusRules';
import { call } from '../api';
import { batchSummary, refusals, type BatchOutcome } from './batchSummary';
import { useBatch, type BatchItem } from './useBatch';

/** What a finished batch tells the library: its one-line summary, each refusal, and what Undo puts back. */
export interface BatchReport {
  summary: string;
  refusals: { id: string; text: string }[];
  /** The stories this batch moved to the trash: Undo restores them. */
  trashed?: BatchItem[];
}

const done = (item: BatchItem): BatchOutcome => ({ id: item.id, name: item.name, result: 'done' });

/** The library's actions on its selection, one story a call, with progress and Cancel. */
export function useSelectionActions(onDone: (report: BatchReport) => void) {
  const { progress, run, cancel } = useBatch();

  const trash = useCallback(
    async (items: readonly BatchItem[]) => {
      const { outcomes, notTried } = await run('Moving to Trash', items, async (item) => (await call('deleteStory', { id: item.id }), done(item)));
      const moved = new Set(outcomes.filter((o) => o.result === 'done').map((o) => o.id));
      onDone({
        summary: batchSummary({ done: 'moved to Trash' }, outcomes, notTried),
        refusals: refusals(outcomes),
        trashed: items.filter((item) => moved.has(item.id)),
      });
    },
    [run, onDone],
  );

  const restore = useCallback(
    async (items: readonly BatchItem[]) => {
      const { outcomes, notTried } = await run('Restoring from Trash', items, async (item) => (await call('restoreFromTrash', { id: item.id }), done(item)));
      onDone({ summary: batchSummary({ done: 'restored from Trash' }, outcomes, notTried), refusals: refusals(outcomes) });
    },
    [run, onDone],
  );

  /** Moves each story the rules allow; those they refuse (statusRules.ts) are named with the reason and left as they are. */
  const setStatus = useCallback(
    async (stories: readonly (BatchItem & { status: StoryStatus })[], to: StoryStatus) => {
      const plan = planStatusChange(stories, to);
      const { outcomes, notTried } = await run(`Setting status to ${to}`, plan.change, async (story) => (await call('setStatus', { id: story.id, status: to }), done(story)));
      const judged: BatchOutcome[] = [
        ...plan.unchanged.map((s): BatchOutcome => ({ id: s.id, name: s.name, result: 'unchanged' })),
        ...plan.refused.map(({ story, reason }): BatchOutcome => ({ id: story.id, name: story.name, result: 'refused', reason })),
      ];
      // In the order they were listed, whether the rules or the service refused them.
      const order = new Map(stories.map((s, i) => [s.id, i]));
      const all = [...outcomes, ...judged].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      onDone({ summary: batchSummary({ done: `set to ${to}`, unchanged: `already ${to}` }, all, notTried), refusals: refusals(all) });
    },
    [run, onDone],
  );

  return { progress, cancel, trash, restore, setStatus };
}
