/**
 * Keeps the attribution findings of a live editor current, off the typing path: an edit only
 * restarts a timer; once typing pauses the check runs in idle time, after the selection has
 * settled (renderer/editor/selectionSettled.ts: a redraw between a Shift+Arrow and its
 * selectionchange would put the old selection back). The quote marks in the body are set in the
 * same step, so they always match the list.
 */
import type { Editor } from '@tiptap/core';
import { findAttributions, type Finding } from '../../src/attribution/index';
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

  const check = () => {
    if (editor.isDestroyed) return;
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
  cancelWait = whenSelectionSettled(editor.view, check);
  return () => {
    editor.off('update', onUpdate);
    cancel();
    if (!editor.isDestroyed) setHighlights(editor.view, []);
  };
}
