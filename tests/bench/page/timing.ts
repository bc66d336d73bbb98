// Runs in the page (bundled by tests/bench/pageTiming.ts): times keystrokes and story opens where
// they happen, so no DevTools round trip is counted. Exposed as `window.benchTiming`.
import type { Editor } from '@tiptap/core';

interface Keystroke {
  /** performance.now() in the first keydown listener (capture, on window). */
  started: number;
  /** The event's own timestamp: when the browser received the key, queueing included. */
  received: number;
  /** keydown to the end of the editor's handling of the transaction the key caused. */
  work: number;
  /** keydown (received) to just after the next frame is painted. */
  frame: number;
}

const BODY = '[aria-label="Story body"]';
let keys: Keystroke[] = [];
/** The keystroke whose frame is not painted yet: transactions before that belong to it. */
let current: Keystroke | null = null;
let listening = false;
const watched = new WeakSet<Editor>();

/** The TipTap editor of the story body (TipTap puts it on its element). */
function bodyEditor(): Editor {
  const element = document.querySelector(BODY) as (HTMLElement & { editor?: Editor }) | null;
  if (!element?.editor) throw new Error('no TipTap editor on the story body');
  return element.editor;
}

/** Just after the next frame is painted: a task queued from requestAnimationFrame runs after the paint. */
function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then));
}

function onKeydown(event: KeyboardEvent): void {
  const key: Keystroke = { started: performance.now(), received: event.timeStamp, work: Number.NaN, frame: Number.NaN };
  keys.push(key);
  current = key;
  afterPaint(() => {
    key.frame = performance.now() - key.received;
    if (current === key) current = null;
  });
}

/**
 * Starts a fresh record. With `withEditor`, each keystroke's work ends in a microtask queued from a
 * microtask queued by the body editor's `transaction` event: it runs once the dispatch, every
 * other listener and the input handler that dispatched have returned, and after the microtasks
 * they queued (React renders the state updates of a transaction's listeners in one). Only
 * transactions that change the document count (spelling, find and review results arrive as
 * metadata-only transactions).
 */
function startKeys(withEditor: boolean): void {
  keys = [];
  current = null;
  if (!listening) window.addEventListener('keydown', onKeydown, { capture: true });
  listening = true;
  if (!withEditor) return;
  const editor = bodyEditor();
  if (watched.has(editor)) return;
  watched.add(editor);
  editor.on('transaction', ({ transaction }) => {
    const key = current;
    if (key && transaction.docChanged) queueMicrotask(() => queueMicrotask(() => (key.work = performance.now() - key.started)));
  });
}

function takeKeys(): { work: number[]; frame: number[]; keys: number } {
  const finite = (values: number[]) => values.filter(Number.isFinite);
  return { work: finite(keys.map((k) => k.work)), frame: finite(keys.map((k) => k.frame)), keys: keys.length };
}

/** Whether the body is editable and shows `lastText` in one of its last two blocks (a trailing empty paragraph may follow). */
function showsEnd(lastText: string): boolean {
  const body = document.querySelector(BODY) as HTMLElement | null;
  if (!body?.isContentEditable) return false;
  const last = body.lastElementChild;
  return [last, last?.previousElementSibling].some((block) => block?.textContent?.includes(lastText) ?? false);
}

/** Milliseconds from setting the location hash to `hash` until the body is editable, shows `lastText` and is painted. */
function timeOpen(hash: string, lastText: string): Promise<number> {
  return new Promise((resolve) => {
    const started = performance.now();
    const observer = new MutationObserver(() => {
      if (!showsEnd(lastText)) return;
      observer.disconnect();
      afterPaint(() => resolve(performance.now() - started));
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
    location.hash = hash;
  });
}

/** Puts the cursor at the end of the top-level paragraph nearest the middle of the body, scrolled into view. */
function cursorToMiddle(): void {
  const editor = bodyEditor();
  const doc = editor.state.doc;
  let target = -1;
  doc.forEach((node, offset, index) => {
    if (node.type.name === 'paragraph' && index <= doc.childCount / 2) target = offset + node.nodeSize - 1;
  });
  editor.commands.focus(target, { scrollIntoView: true });
}

Object.assign(window, { benchTiming: { startKeys, takeKeys, timeOpen, cursorToMiddle } });
