import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { findAttributions, type Finding } from '../../src/attribution/index';
import { docText, positionOf, type DocText } from './docText';
import { setHighlights, type HighlightRange } from './reviewHighlights';

/** Wait this long after the last keystroke before checking again: typing never waits for the checker. */
export const RECHECK_DELAY_MS = 300;

export interface Attributions {
  text: string;
  findings: Finding[];
  /** Document position range of each finding's content, at the last check. */
  ranges: { from: number; to: number }[];
  /** Counts checks, so a test or bench can wait for the pane to catch up. */
  generation: number;
}

function rangeClass(finding: Finding): string {
  return [finding.kind === 'unattributed' ? 'review-unattributed' : '', finding.anonymous ? 'review-anonymous' : ''].filter(Boolean).join(' ');
}

function rangesOf(map: DocText, findings: readonly Finding[]): { from: number; to: number }[] {
  return findings.map((f) => ({ from: positionOf(map, f.content.start, 1), to: positionOf(map, f.content.end, -1) }));
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
 * The attribution findings of the body in `editor`, kept current as the user types: each edit
 * only restarts a timer; the check runs in idle time after typing pauses, and the quote marks in
 * the body are set in the same step so they always match the list. Marks are removed on unmount.
 */
export function useAttributions(editor: Editor | null): Attributions {
  const [state, setState] = useState<Attributions>({ text: '', findings: [], ranges: [], generation: 0 });
  const last = useRef<{ text: string; findings: Finding[] } | null>(null);

  useEffect(() => {
    if (!editor) return;
    let timer: number | undefined;
    let cancelIdle: (() => void) | undefined;
    const check = () => {
      if (editor.isDestroyed) return;
      const map = docText(editor.state.doc);
      // Formatting changes move no words: the findings stand, only their positions are refreshed.
      if (map.text !== last.current?.text) last.current = { text: map.text, findings: findAttributions(map.text) };
      const { text, findings } = last.current;
      const ranges = rangesOf(map, findings);
      setHighlights(editor.view, ranges.map<HighlightRange>((range, i) => ({ ...range, className: rangeClass(findings[i]) })));
      setState((previous) => ({ text, findings, ranges, generation: previous.generation + 1 }));
    };
    const schedule = () => {
      window.clearTimeout(timer);
      cancelIdle?.();
      timer = window.setTimeout(() => (cancelIdle = whenIdle(check)), RECHECK_DELAY_MS);
    };
    const onUpdate = ({ transaction }: { transaction: { docChanged: boolean } }) => transaction.docChanged && schedule();
    editor.on('update', onUpdate);
    check();
    return () => {
      editor.off('update', onUpdate);
      window.clearTimeout(timer);
      cancelIdle?.();
      if (!editor.isDestroyed) setHighlights(editor.view, []);
    };
  }, [editor]);

  return state;
}
