// When the background sync runs (backgroundSync.ts): one sync at a time; what is asked for
// during a sync is gathered into one more; local saves wait for a pause; a sync that cannot
// reach the server is retried with a growing delay. Only timers here, no I/O: `run` does the work.

/** What one sync covers: the whole library, the stories with changes here, and stories the server announced. */
export type SyncWork = Readonly<{
  library: boolean;
  local: boolean;
  /** Story id to the revision the server announced for it. */
  stories: ReadonlyMap<string, number>;
}>;

export type SchedulerOptions<R> = Readonly<{
  /** Runs one sync; a throw means the server could not be reached or refused the library (retried). */
  run(work: SyncWork): Promise<R>;
  /** How long after the last local save the local changes go (ms). Default 500. */
  debounceMs?: number;
  /** The first retry's delay after a failed sync (ms), doubling each time. Default 1 000. */
  firstRetryMs?: number;
  /** The longest delay between retries (ms). Default 30 000. */
  maxRetryMs?: number;
  /** Called when something asked for waits for the retry (the status has more waiting). */
  onDeferred?(): void;
}>;

type Waiter<R> = { resolve(result: R): void; reject(error: unknown): void };

const NOTHING: SyncWork = { library: false, local: false, stories: new Map() };

function merge(a: SyncWork, b: Partial<SyncWork>): SyncWork {
  const stories = new Map(a.stories);
  for (const [id, revision] of b.stories ?? []) stories.set(id, Math.max(revision, stories.get(id) ?? 0));
  return { library: a.library || !!b.library, local: a.local || !!b.local, stories };
}

const isNothing = (work: SyncWork) => !work.library && !work.local && work.stories.size === 0;

export class SyncScheduler<R> {
  private wanted: SyncWork = NOTHING;
  private waiters: Waiter<R>[] = [];
  private running: Promise<void> | null = null;
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private stopped = false;

  constructor(private readonly options: SchedulerOptions<R>) {}

  /** Asks for a sync of `work` and resolves with the outcome of the sync that covers it. */
  request(work: Partial<SyncWork>): Promise<R> {
    if (this.stopped) return Promise.reject(new Error('The newsroom sync has stopped.'));
    this.wanted = merge(this.wanted, work);
    const outcome = new Promise<R>((resolve, reject) => this.waiters.push({ resolve, reject }));
    // While retrying, only the whole library goes at once (a person's Sync now, the server back):
    // the retry is of the whole library anyway, so nothing else asked for is lost.
    if (this.retry === null || work.library) this.startSoon();
    else this.options.onDeferred?.();
    return outcome;
  }

  /** Like `request`, for callers that only want it done: its failure is the retry's business. */
  want(work: Partial<SyncWork>): void {
    this.request(work).catch(() => {});
  }

  /** A local save: the local changes go once saves pause for `debounceMs`. */
  localChange(): void {
    if (this.stopped) return;
    if (this.debounce !== null) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.debounce = null;
      this.want({ local: true });
    }, this.options.debounceMs ?? 500);
  }

  /** True while a failed sync waits for its retry. */
  get retrying(): boolean {
    return this.retry !== null;
  }

  /** Stops: no sync starts after this; waits for one under way to end; leaves no timer behind. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of [this.debounce, this.retry]) if (timer !== null) clearTimeout(timer);
    this.debounce = this.retry = null;
    await this.running;
    for (const waiter of this.waiters.splice(0)) waiter.reject(new Error('The newsroom sync has stopped.'));
  }

  private startSoon(): void {
    if (this.running !== null || this.stopped || isNothing(this.wanted)) return;
    if (this.retry !== null) {
      clearTimeout(this.retry);
      this.retry = null;
    }
    this.running = this.drain();
  }

  /** Runs syncs while there is work; what arrives during one is gathered into the next. */
  private async drain(): Promise<void> {
    try {
      while (!isNothing(this.wanted) && !this.stopped) {
        const work = this.wanted;
        const waiters = this.waiters.splice(0);
        this.wanted = NOTHING;
        try {
          const result = await this.options.run(work);
          this.failures = 0;
          for (const waiter of waiters) waiter.resolve(result);
        } catch (error) {
          for (const waiter of waiters) waiter.reject(error);
          this.scheduleRetry();
          return;
        }
      }
    } finally {
      // Cleared in the same turn the loop ends, so a request right after starts a new drain.
      this.running = null;
    }
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    this.failures += 1;
    const first = this.options.firstRetryMs ?? 1_000;
    const delay = Math.min(first * 2 ** (this.failures - 1), this.options.maxRetryMs ?? 30_000);
    this.wanted = merge(this.wanted, { library: true });
    this.retry = setTimeout(() => {
      this.retry = null;
      this.startSoon();
    }, delay);
  }
}
