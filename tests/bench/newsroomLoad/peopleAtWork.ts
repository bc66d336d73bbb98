// What each simulated person does until the run's signal stops them: reporters type at human
// speed, editors move stories between statuses, reviewers note quotes to check. Every choice
// comes from the person's own seeded generator, so a run repeats (timing aside).
import type * as Y from 'yjs';
import { castFor, paragraphText, pick, topicCount, type Random } from '../newsText';
import type { StoryCopy } from './loadDesktop';

/** Resolves after `ms`, or at once when the run stops. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

const between = (rand: Random, low: number, high: number) => low + rand() * (high - low);

/** What a reporter has typed: keys (characters and Enters), counted as they are pressed. */
export type Typing = { keys: number };

/**
 * Bursts of typing at 5-8 keys a second, each 1-4 s long, with pauses of 1-5 s between them,
 * into a paragraph of the reporter's own at the end of one of their stories. The first key is
 * typed at once, so every reporter with a story types at least one however short the run.
 */
export async function reporterAtWork(copies: readonly StoryCopy[], rand: Random, signal: AbortSignal, typing: Typing): Promise<void> {
  if (copies.length === 0) return;
  const cast = castFor(rand);
  const topics = [Math.floor(rand() * topicCount())];
  const paragraphs = new Map<StoryCopy, { text: Y.XmlText; left: string }>();
  const key = (copy: StoryCopy) => {
    let paragraph = paragraphs.get(copy);
    if (!paragraph || paragraph.left === '') {
      // Enter: a new paragraph, a key like any other.
      paragraph = { text: copy.newParagraph(), left: paragraphText(rand, topics, cast, Math.round(between(rand, 20, 60))) };
      paragraphs.set(copy, paragraph);
    } else {
      copy.typeKey(paragraph.text, paragraph.left[0]);
      paragraph.left = paragraph.left.slice(1);
    }
    typing.keys++;
  };

  key(pick(rand, copies));
  await pause(between(rand, 0, 2000), signal);
  while (!signal.aborted) {
    const copy = pick(rand, copies);
    const rate = between(rand, 5, 8);
    const burst = Math.round(rate * between(rand, 1, 4));
    for (let i = 0; i < burst && !signal.aborted; i++) {
      key(copy);
      await pause(1000 / rate, signal);
    }
    await pause(between(rand, 1000, 5000), signal);
  }
}

/** The statuses an editor moves a story through (the desk's own, short of sent and killed). */
const EDITOR_STATUSES = ['draft', 'edited', 'ready'] as const;

/**
 * Every 3-8 s, one of the editor's stories: two times in three moved to its next status (a
 * field change in the document), otherwise moved to ready and sent (`send`, which asks the
 * server to store the story and then to send that revision, as the app's Send does). The
 * first turn is a send and comes at once: every run has editors sending at the same moment,
 * and every editor sends at least once however short the run.
 */
export async function editorAtWork(copies: readonly StoryCopy[], rand: Random, signal: AbortSignal, send: (copy: StoryCopy) => Promise<void>): Promise<void> {
  if (copies.length === 0) return;
  for (let first = true; first || !signal.aborted; first = false) {
    const copy = pick(rand, copies);
    const sending = first || rand() < 1 / 3;
    const now = EDITOR_STATUSES.indexOf(copy.fields.get('status') as (typeof EDITOR_STATUSES)[number]);
    const next = sending ? 'ready' : EDITOR_STATUSES[(now + 1) % EDITOR_STATUSES.length];
    if (copy.fields.get('status') !== next) copy.edit(() => copy.fields.set('status', next));
    if (sending) await send(copy);
    await pause(between(rand, 3000, 8000), signal);
  }
}

/**
 * Every 3-8 s, marks a quote in one of the reviewer's stories: the shared document's review part
 * has no per-quote marks yet, so the mark is the review's note (what to check), by and at.
 */
export async function reviewerAtWork(name: string, copies: readonly StoryCopy[], rand: Random, signal: AbortSignal): Promise<void> {
  if (copies.length === 0) return;
  await pause(between(rand, 0, 3000), signal);
  let marks = 0;
  while (!signal.aborted) {
    const copy = pick(rand, copies);
    const paragraph = Math.floor(rand() * Math.max(1, copy.body.length)) + 1;
    copy.edit(() => {
      copy.review.set('note', `Check the quote in paragraph ${paragraph} (mark ${++marks}).`);
      copy.review.set('by', name);
      copy.review.set('at', new Date().toISOString());
    });
    await pause(between(rand, 3000, 8000), signal);
  }
}
