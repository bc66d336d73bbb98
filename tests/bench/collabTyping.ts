// Typing with TipTap's Collaboration on, beside bare TipTap, in one Chromium run (issue 21:
// "typing with collaboration on stays within 1.25x of bare TipTap"): the editor bench's bare page
// on its 20,000-word story, once bound to a Y.Doc by Collaboration and once not. Pages alternate
// round by round (which goes first alternating too), so a machine that slows down favours neither.
// `npx tsx tests/bench/collabTyping.ts` prints one line per editor and the ratio of the medians.
import type { Page } from 'playwright-core';
import type { BodyDoc } from '../../src/story/body';
import { bundleForPage, launchChromium } from './chromiumHost';
import { longStoryBody } from './editorBench';
import { median, p95 } from './measure';
import { cursorToMiddle, recordKeys, takeKeys } from './pageTiming';

const ROUNDS = 4;
const TYPED = 'and then some more words '.repeat(9);
const KEY_DELAY_MS = 30;

async function editorPage(page: Page, script: string, doc: BodyDoc, collaborative: boolean): Promise<void> {
  await page.setContent('<!doctype html><html><body><section class="body-pane"><div id="editor"></div></section></body></html>');
  await page.evaluate(script);
  await page.evaluate(([content, collab]) => Object.assign(window, { bareDoc: content, bareCollab: collab }), [doc, collaborative] as const);
  await page.evaluate(() => (location.hash = '#/story/bench'));
  await page.waitForSelector('[aria-label="Story body"]');
}

async function typeRound(page: Page): Promise<number[]> {
  await page.bringToFront();
  await cursorToMiddle(page);
  await recordKeys(page, true);
  await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(300);
  const { work, keys } = await takeKeys(page);
  if (work.length < keys * 0.9) throw new Error(`only ${work.length} of ${keys} keystrokes changed the document`);
  return work;
}

async function main(): Promise<void> {
  const body = longStoryBody('photo');
  const doc: BodyDoc = { ...body, content: body.content.map((node) => (node.type === 'figure' ? { type: 'paragraph', content: node.content } : node)) };
  const script = await bundleForPage('tests/bench/page/bare.ts');
  const browser = await launchChromium();
  try {
    const bare = await browser.newPage();
    const collab = await browser.newPage();
    await editorPage(bare, script, doc, false);
    await editorPage(collab, script, doc, true);
    const rounds = { bare: [] as number[][], collab: [] as number[][] };
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? (['bare', 'collab'] as const) : (['collab', 'bare'] as const);
      for (const which of order) rounds[which].push(await typeRound(which === 'bare' ? bare : collab));
    }
    const figure = (samples: number[][]) => ({ p50: median(samples.map(median)), p95: median(samples.map(p95)) });
    const plain = figure(rounds.bare);
    const shared = figure(rounds.collab);
    console.log(`typing, bare TipTap:                 p50 ${plain.p50.toFixed(2)} ms, p95 ${plain.p95.toFixed(2)} ms (medians of ${ROUNDS} rounds)`);
    console.log(`typing, TipTap with Collaboration:   p50 ${shared.p50.toFixed(2)} ms, p95 ${shared.p95.toFixed(2)} ms`);
    console.log(`ratio (Collaboration / bare):        p50 ${(shared.p50 / plain.p50).toFixed(2)}x, p95 ${(shared.p95 / plain.p95).toFixed(2)}x`);
  } finally {
    await browser.close();
  }
}

void main();
