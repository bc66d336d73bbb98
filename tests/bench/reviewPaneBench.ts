// Typing latency with the review pane open and closed (issue 6, "Speed"): the same keystrokes in
// the same 5,000-word story with quotes, in Debian's Chromium against the built loopback host.
//
// Keystroke latency is measured in the page, from the keydown event's timestamp to just after
// the next frame is painted (a timer queued from requestAnimationFrame), so it includes
// ProseMirror's handling, React's updates, the pane's listeners and the paint. Typing comes in
// bursts with pauses, so the pane's idle-time checks run between bursts as they would for a person.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, startHost } from './chromiumHost';
import type { HookContext } from './hooks';
import { figure, type Figure } from './measure';
import { castFor, paragraphText, personName, seededRandom } from './newsText';
import { recordKeys, takeKeys } from './pageTiming';

const BURSTS = 8;
const BURST = 'and then some more words ';

/** About 5,000 words: news paragraphs with a quote, a reported claim or an anonymous source in most. */
function storyParagraphs(): string[] {
  const rand = seededRandom(6);
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join(' ').split(/\s+/).length < 5_000; i++) {
    const who = personName(rand);
    const text = paragraphText(rand, [i % 7, (i + 3) % 7], castFor(rand), 40);
    paragraphs.push(i % 3 === 0 ? `“${text}” ${who} said.` : i % 3 === 1 ? `${text}, a senior official said.` : text);
  }
  return paragraphs;
}

/** Keydown-to-paint times of the keystrokes typed at the end of the body, in ms. */
async function typeAndMeasure(page: Page): Promise<number[]> {
  await recordKeys(page, false);
  // CSS, not getByRole: a role query over the open pane slows every later DOM change (editorBench.ts).
  const body = page.locator('[aria-label="Story body"]');
  await body.click();
  await page.keyboard.press('Control+End');
  for (let i = 0; i < BURSTS; i++) {
    await page.keyboard.type(BURST, { delay: 30 });
    // Long enough for the autosave and the pane's idle-time check to run before the next burst.
    await page.waitForTimeout(800);
  }
  return (await takeKeys(page)).frame;
}

/** Keystroke latency in a 5,000-word story with the review pane closed, then open. */
export async function benchReviewPane(context: HookContext): Promise<Figure[]> {
  const { url, entry, child } = await startHost(join(context.workFolder, 'review-bench.galley'));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(entry);
    const id = await page.evaluate(async (paragraphs) => {
      const body = { type: 'doc' as const, content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
      const result = await window.galley.createStory({ fields: { headline: 'Review pane bench', body } });
      if (!result.ok) throw new Error(result.error.message);
      return result.value.id;
    }, storyParagraphs());
    const open = async (withPane: boolean) => {
      await page.goto(`${url}#/story/${id}`);
      await page.reload();
      await page.locator('[aria-label="Story body"]').waitFor();
      if (withPane) {
        await page.locator('header.toolbar button', { hasText: /^Review$/ }).click();
        await page.locator('.review-pane li.finding').first().waitFor();
      }
      return typeAndMeasure(page);
    };
    // Alternating (closed, open, open, closed) so a machine that warms up or slows down during the run favours neither.
    const closed: number[] = [];
    const withPane: number[] = [];
    for (const paneOpen of [false, true, true, false]) (paneOpen ? withPane : closed).push(...(await open(paneOpen)));
    const ratio = (f: Figure) => (f.floor ? f.p95 / f.floor.p95 : Number.NaN);
    return [
      figure('review', 'keystroke to paint, pane closed (5,000 words)', closed),
      figure('review', 'keystroke to paint, pane open (5,000 words)', withPane, {
        floor: { name: 'pane closed', samples: closed },
        target: { text: 'p95 within 1.25x of pane closed', met: (f) => ratio(f) <= 1.25 },
      }),
    ];
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}
