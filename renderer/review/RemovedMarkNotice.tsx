import { useEffect, useRef } from 'react';
import { VERDICT_LABELS, type ReviewMark } from '../../src/review/reviewMarks';
import { shortenQuote } from '../../src/review/shortenQuote';
import { Notice } from '../common/Notice';

interface RemovedMarkNoticeProps {
  mark: ReviewMark;
  onUndo(): void;
  onDismiss(): void;
}

/** "Removed the mark … Undo": a removal is one click, so taking it back is one too. */
export function RemovedMarkNotice({ mark, onUndo, onDismiss }: RemovedMarkNoticeProps) {
  const undo = useRef<HTMLButtonElement>(null);
  // The Remove button that had the focus is gone with the mark: the keyboard lands on Undo, not on the page.
  useEffect(() => undo.current?.focus(), [mark]);
  return (
    <Notice tone="info" message={`Removed “${VERDICT_LABELS[mark.verdict]}” from “${shortenQuote(mark.anchor.quote, 60)}”.`} onDismiss={onDismiss}>
      <button ref={undo} type="button" onClick={onUndo}>
        Undo
      </button>
    </Notice>
  );
}
