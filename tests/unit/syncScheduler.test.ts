// When the background sync runs: one at a time, what arrives during a sync gathered into one
// more, local saves after a pause, retries of a failed sync from 1 s doubling to 30 s, and no
// timer left after stop. Vitest's fake clock: every step below is an exact instant.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncScheduler, type SyncWork } from '../../main/services/newsroom/syncScheduler';

type Run = { work: SyncWork; finish(): void; fail(error: Error): void };

function harness() {
  const runs: Run[] = [];
  const scheduler = new SyncScheduler<number>({
    run: (work) =>
      new Promise<number>((resolve, reject) => {
        runs.push({ work, finish: () => resolve(runs.length), fail: reject });
      }),
  });
  return { scheduler, runs };
}

const story = (id: string, revision: number) => ({ stories: new Map([[id, revision]]) });
const shape = (work: SyncWork) => ({ library: work.library, local: work.local, stories: Object.fromEntries(work.stories) });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the sync scheduler', () => {
  it('runs one sync at a time and gathers what is asked for during it into one more', async () => {
    const { scheduler, runs } = harness();
    const first = scheduler.request({ library: true });
    expect(runs).toHaveLength(1);
    scheduler.want(story('A', 3));
    scheduler.want(story('B', 1));
    scheduler.want(story('A', 4));
    expect(runs).toHaveLength(1);

    runs[0].finish();
    await expect(first).resolves.toBe(1);
    expect(runs).toHaveLength(2);
    expect(shape(runs[1].work)).toEqual({ library: false, local: false, stories: { A: 4, B: 1 } });
    runs[1].finish();
    await vi.runAllTimersAsync();
    expect(runs).toHaveLength(2);
    await scheduler.stop();
  });

  it('sends local changes once saves pause for half a second', async () => {
    const { scheduler, runs } = harness();
    scheduler.localChange();
    await vi.advanceTimersByTimeAsync(400);
    scheduler.localChange();
    await vi.advanceTimersByTimeAsync(400);
    expect(runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(runs.map((run) => shape(run.work))).toEqual([{ library: false, local: true, stories: {} }]);
    runs[0].finish();
    await scheduler.stop();
  });

  it('retries a failed sync of the whole library after 1 s, 2 s, 4 s ... at most 30 s, and keeps what was asked meanwhile', async () => {
    const { scheduler, runs } = harness();
    const asked = scheduler.request({ local: true });
    runs[0].fail(new Error('Cannot reach the newsroom server'));
    await expect(asked).rejects.toThrow('Cannot reach');

    const delays: number[] = [];
    for (let attempt = 1; attempt <= 7; attempt++) {
      const before = runs.length;
      let waited = 0;
      while (runs.length === before) {
        await vi.advanceTimersByTimeAsync(100);
        waited += 100;
      }
      delays.push(waited);
      if (attempt === 2) scheduler.want(story('A', 7));
      if (attempt < 7) runs.at(-1)!.fail(new Error('Cannot reach the newsroom server'));
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    // A story announced during a failing sync goes with the next retry of the whole library.
    expect(shape(runs.at(-1)!.work)).toMatchObject({ library: true });
    expect(shape(runs[3].work)).toEqual({ library: true, local: false, stories: { A: 7 } });

    runs.at(-1)!.finish();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toHaveLength(8);
    await scheduler.stop();
  });

  it('lets Sync now go at once while a retry waits', async () => {
    const { scheduler, runs } = harness();
    scheduler.want({ library: true });
    runs[0].fail(new Error('offline'));
    await vi.advanceTimersByTimeAsync(0);
    const now = scheduler.request({ library: true });
    expect(runs).toHaveLength(2);
    runs[1].finish();
    await expect(now).resolves.toBe(2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toHaveLength(2);
    await scheduler.stop();
  });

  it('leaves no timer after stop, waits for the sync under way, and starts nothing after', async () => {
    const { scheduler, runs } = harness();
    scheduler.want({ library: true });
    scheduler.localChange();
    const stopped = scheduler.stop();
    runs[0].finish();
    await stopped;
    expect(vi.getTimerCount()).toBe(0);
    scheduler.localChange();
    await expect(scheduler.request({ library: true })).rejects.toThrow('stopped');
    expect(vi.getTimerCount()).toBe(0);
    expect(runs).toHaveLength(1);
  });
});
