/**
 * Keeps the attribution findings of a live editor current, off the typing path: an edit only
 * restarts a timer; once typing pauses the check runs in idle time, after the selection has
 * settled (renderer/editor/selectionSettled.ts: a redraw between a Shift+Arrow and its
 * selectionchange would put the old selection back). The quote marks in the body are set in the
 * same step, so they always match the list.
 *
 * The checker is loaded on first use, in its own chunk: it carries wink-nlp's English model
 * (about 3.5 MB), which the editor should not pay for at start-up or with the pane closed.
 */
import type { Editor } from '@tiptap/core';
import type { Finding } from '../../src/attribution/index';
import { whenSelectionSettled } from '../editor/selectionSettled';
import { docText, positionOf } from './docText';
import { setHighlights, type HighlightRange } from './reviewHighlights';

/** Wait this long after the last keystroke before checking again: typing never waits for the checker. */
export const RECHECK_DELAY_MS = 300;

export interface CheckedText {
  text: string;
  findings: Finding[];
}

function rangeClass(finding: Finding): string {
  return [finding.kind === 'unattributed' ? 'review-unattributed' : '', finding.anonymous ? 'review-anonymous' : ''].filter(Boolean).join(' ');
}

type Checker = (text: string) => Finding[];
let loading: Promise<Checker> | null = null;
let loaded: Checker | null = null;

/** The attribution checker, imported once, the first time a pane asks; a pane opened later gets it at once. */
export function loadChecker(): Promise<Checker> {
  loading ??= import('../../src/attribution/findAttributions').then((module) => (loaded = module.findAttributions));
  return loading;
}

/** Calls `work` when the browser is idle (a timer where requestIdleCallback is missing). */
function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work, { timeout: 1_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(work, 0);
  return () => window.clearTimeout(handle);
}

/**
 * Checks `editor`'s body now and after each pause in typing. `onFindings` is called only when the
 * words changed (a formatting change moves no words: the findings stand, only the marks are
 * re-placed). Returns a function that stops watching and removes the marks.
 */
export function watchAttributions(editor: Editor, onFindings: (checked: CheckedText) => void): () => void {
  let last: CheckedText | null = null;
  let timer: number | undefined;
  let cancelWait: (() => void) | undefined;
  let findAttributions: Checker | null = loaded;
  let stopped = false;

  const check = () => {
    if (editor.isDestroyed || !findAttributions) return;
    const map = docText(editor.state.doc);
    const changed = map.text !== last?.text;
    if (changed) last = { text: map.text, findings: findAttributions(map.text) };
    const { findings } = last!;
    setHighlights(
      editor.view,
      findings.map<HighlightRange>((f) => ({ from: positionOf(map, f.content.start, 1), to: positionOf(map, f.content.end, -1), className: rangeClass(f) })),
    );
    if (changed) onFindings(last!);
  };
  const cancel = () => {
    window.clearTimeout(timer);
    cancelWait?.();
    cancelWait = undefined;
  };
  const schedule = () => {
    cancel();
    timer = window.setTimeout(() => {
      cancelWait = whenIdle(() => {
        cancelWait = whenSelectionSettled(editor.view, check);
      });
    }, RECHECK_DELAY_MS);
  };
  const onUpdate = ({ transaction }: { transaction: { docChanged: boolean } }) => transaction.docChanged && schedule();

  editor.on('update', onUpdate);
  if (findAttributions) cancelWait = whenSelectionSettled(editor.view, check);
  else
    loadChecker().then(
      (checker) => {
        findAttributions = checker;
        if (!stopped) cancelWait = whenSelectionSettled(editor.view, check);
      },
      (error: unknown) => console.error('The attribution checker could not be loaded, so the review pane lists no quotes:', error),
    );
  return () => {
    stopped = true;
    editor.off('update', onUpdate);
    cancel();
    if (!editor.isDestroyed) setHighlights(editor.view, []);
  };
}
