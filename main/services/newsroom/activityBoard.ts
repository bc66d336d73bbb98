// What the background sync has to show, and the page's long poll on it (`watchNewsroom`):
// a request waits until something changed since the generation the page last saw, so the
// header and the list follow without polling, over IPC and the test host's HTTP alike.
import { GalleyError } from '../../../src/api/result';
import type { NewsroomActivity } from '../../../src/newsroom/newsroomStatus';

export type ActivityFacts = Omit<NewsroomActivity, 'generation' | 'status'>;

/** How long one watch waits before it answers with nothing new (ms): short of any HTTP or IPC timeout. */
const WATCH_MS = 25_000;

export class ActivityBoard {
  private current: ActivityFacts = { syncing: false, problem: null, presence: [], storiesChanged: 0 };
  private generation = 1;
  private readonly waiters = new Set<() => void>();
  private closed = false;

  get facts(): ActivityFacts {
    return this.current;
  }

  /** Records what changed; the watchers hear of it only when something did. */
  update(change: Partial<ActivityFacts>): void {
    const next = { ...this.current, ...change };
    if (JSON.stringify(next) === JSON.stringify(this.current)) return;
    this.current = next;
    this.touch();
  }

  /** Something the facts do not hold changed (the status: what is waiting, the last sync). */
  touch(): void {
    this.generation += 1;
    for (const wake of this.waiters) wake();
  }

  /** Resolves with the generation once it is past `after`, or as it is after a while. */
  async watch(after: number, waitMs = WATCH_MS): Promise<number> {
    if (this.closed) throw new GalleyError('io', 'Galley is closing its newsroom connection.');
    if (this.generation > after) return this.generation;
    await new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, waitMs);
      this.waiters.add(wake);
    });
    return this.generation;
  }

  /** Answers every waiting watch now and refuses new ones: nothing is left waiting at shutdown. */
  close(): void {
    this.closed = true;
    for (const wake of [...this.waiters]) wake();
  }
}
