export interface SettleTimer {
  /** (Re)starts the wait: `work` runs once this many ms pass without another poke. */
  poke(): void;
  cancel(): void;
}

/**
 * A debounce for what follows typing (autosave, counts, where the cursor is): a poke only notes
 * the time, and one timer re-arms itself for the remainder when it fires early. Clearing and
 * setting a timer on every keystroke, as a plain debounce does, costs the keystroke each time.
 */
export function settleTimer(work: () => void, delayMs: number): SettleTimer {
  let due = 0;
  let timer: number | undefined;
  const fire = () => {
    const wait = due - performance.now();
    if (wait > 1) {
      timer = window.setTimeout(fire, wait);
      return;
    }
    timer = undefined;
    work();
  };
  return {
    poke() {
      due = performance.now() + delayMs;
      timer ??= window.setTimeout(fire, delayMs);
    },
    cancel() {
      window.clearTimeout(timer);
      timer = undefined;
    },
  };
}
