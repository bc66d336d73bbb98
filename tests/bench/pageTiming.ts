// Node side of the in-page timing (tests/bench/page/timing.ts), shared by the browser benches:
// keystroke work and keydown-to-paint, and open-to-editable, all measured inside the page.
import type { Page } from 'playwright-core';
import { bundleForPage } from './chromiumHost';

interface BenchTiming {
  startKeys(withEditor: boolean): void;
  takeKeys(): KeyTimes;
  timeOpen(hash: string, lastText: string): Promise<number>;
  cursorToMiddle(): void;
}

export interface KeyTimes {
  /** keydown to the end of the body editor's transaction handling, ms (empty when not asked for). */
  work: number[];
  /** keydown to just after the next painted frame, ms. */
  frame: number[];
  /** Keystrokes seen: more than `work.length` means some changed nothing in the document. */
  keys: number;
}

declare global {
  interface Window {
    /** Added by install() below. */
    benchTiming: BenchTiming;
  }
}

let script: Promise<string> | null = null;

/** Adds window.benchTiming to the page (again after a reload); harmless when already there. */
async function install(page: Page): Promise<void> {
  if (await page.evaluate(() => 'benchTiming' in window)) return;
  script ??= bundleForPage('tests/bench/page/timing.ts');
  await page.evaluate(await script);
}

/** Starts recording keystrokes; `withEditor` also times the story body editor's work per key. */
export async function recordKeys(page: Page, withEditor: boolean): Promise<void> {
  await install(page);
  await page.evaluate((flag) => window.benchTiming.startKeys(flag), withEditor);
}

export function takeKeys(page: Page): Promise<KeyTimes> {
  return page.evaluate(() => window.benchTiming.takeKeys());
}

/** Navigates the page to `hash` and times it until the story body is editable and shows `lastText`, painted. */
export async function timeOpen(page: Page, hash: string, lastText: string): Promise<number> {
  await install(page);
  return page.evaluate(([h, text]) => window.benchTiming.timeOpen(h, text), [hash, lastText] as const);
}

/** Focuses the story body with the cursor at the end of its middle paragraph. */
export async function cursorToMiddle(page: Page): Promise<void> {
  await install(page);
  await page.evaluate(() => window.benchTiming.cursorToMiddle());
}
