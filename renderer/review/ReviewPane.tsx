import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
// credits, not the index: the index brings the attribution checker and its language model, which watchAttributions loads lazily.
import { checkCredits } from '../../src/attribution/credits';
import { anchorOf } from '../../src/review/anchor';
import { matchMarks } from '../../src/review/matchMarks';
import { VERDICT_LABELS } from '../../src/review/reviewMarks';
import { shortenQuote } from '../../src/review/shortenQuote';
import type { Story } from '../../src/story/story';
import { whenSelectionSettled } from '../editor/selectionSettled';
import type { FindingActions } from './FindingItem';
import { FindingList } from './FindingList';
import { RemovedMarkNotice } from './RemovedMarkNotice';
import { setActiveHighlight } from './reviewHighlights';
import { SignOffBox } from './SignOffBox';
import { useAttributions } from './useAttributions';
import { useReviewerName } from './useReviewerName';
import { useReviewMarks } from './useReviewMarks';
import './review.css';

interface ReviewPaneProps {
  storyId: string;
  editor: Editor | null;
  /** The story as last saved: its review state and credits. */
  saved: Story;
  conflicted: boolean;
  flush(): Promise<void>;
  onClose(): void;
}

/** The reviewer's pane: every quote and claim with its speaker, the credits, marks and sign-off. */
export function ReviewPane({ storyId, editor, saved, conflicted, flush, onClose }: ReviewPaneProps) {
  const { text, findings, generation } = useAttributions(editor);
  const { marks, error, setMark, removeMark, removed, undoRemove, forgetRemoved } = useReviewMarks(storyId);
  const [reviewer, setReviewer] = useReviewerName();
  const [selected, setSelected] = useState<number | null>(null);
  const [nameWanted, setNameWanted] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const matched = useMemo(() => matchMarks(text, findings, marks), [text, findings, marks]);
  const credits = useMemo(() => checkCredits(saved), [saved]);
  const counts = useMemo(() => ({ unattributed: findings.filter((f) => f.kind === 'unattributed').length, anonymous: findings.filter((f) => f.anonymous).length }), [findings]);
  // A verified quote whose words were edited since is not verified: it counts as changed.
  const markCounts = useMemo(() => {
    const verified = [...matched.byFinding].filter(([index, mark]) => mark.verdict === 'verified' && !matched.changed.has(index)).length;
    return { verified, changed: matched.changed.size, toCheck: marks.filter((mark) => mark.verdict === 'needs-check').length };
  }, [matched, marks]);

  // The list's actions stay the same functions for the pane's life (FindingList is memoised on
  // them) and read what they need from here, as of the last render.
  const latest = useRef({ text, findings, matched, reviewer, editor, selected });
  latest.current = { text, findings, matched, reviewer, editor, selected };
  const cancelShow = useRef<() => void>(undefined);
  useEffect(() => () => cancelShow.current?.(), []);

  const needName = useCallback(() => {
    setNameWanted(true);
    nameInput.current?.focus();
  }, []);
  /** Shows a finding as active in the body, once the body's selection has settled (a hover can come mid-selection). */
  const show = useCallback((index: number | null) => {
    const view = latest.current.editor?.isDestroyed === false ? latest.current.editor.view : null;
    cancelShow.current?.();
    if (view) cancelShow.current = whenSelectionSettled(view, () => !view.isDestroyed && setActiveHighlight(view, index));
  }, []);
  const actions = useMemo<FindingActions>(
    () => ({
      onHover: (index, hovering) => show(hovering ? index : latest.current.selected),
      onSelect: (index) => {
        setSelected(index);
        const { editor } = latest.current;
        if (!editor || editor.isDestroyed) return;
        cancelShow.current?.();
        // The marks follow the text through edits: the range is current even between checks.
        const range = setActiveHighlight(editor.view, index);
        if (!range) return;
        const { node } = editor.view.domAtPos(range.from);
        (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'center' });
      },
      onMark: (index, verdict, note) => {
        const { reviewer, matched, text, findings } = latest.current;
        if (!reviewer.trim()) {
          needName();
          return Promise.resolve(false);
        }
        const mark = matched.byFinding.get(index);
        return setMark({ markId: mark?.id, anchor: anchorOf(text, findings[index].content), verdict, note, by: reviewer });
      },
      onRemove: (index) => {
        const mark = latest.current.matched.byFinding.get(index);
        if (mark) void removeMark(mark);
      },
    }),
    [show, needName, setMark, removeMark],
  );
  const showSelected = useCallback(() => show(latest.current.selected), [show]);

  return (
    <aside className="review-pane" aria-label="Review" data-generation={generation}>
      <header className="review-header">
        <h2>Review</h2>
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      </header>
      <label className="reviewer-name">
        Reviewer
        <input ref={nameInput} value={reviewer} onChange={(e) => (setReviewer(e.target.value), setNameWanted(false))} placeholder="Your name" aria-invalid={nameWanted && !reviewer.trim()} />
      </label>
      {nameWanted && !reviewer.trim() && (
        <p className="review-error" role="alert">
          Enter your name: marks and sign-offs record who made them.
        </p>
      )}
      <SignOffBox storyId={storyId} saved={saved} reviewer={reviewer} flush={flush} conflicted={conflicted} openChecks={markCounts.toCheck} onNeedName={needName} />
      <h3>
        Quotes and claims <span className="review-count">{findings.length}</span>
      </h3>
      <p className="review-summary">
        {markCounts.verified} verified · {markCounts.toCheck} to check · {counts.unattributed} unattributed · {counts.anonymous} anonymous
        {markCounts.changed > 0 && ` · ${markCounts.changed} changed since marked`}
      </p>
      {error && (
        <p className="review-error" role="alert">
          {error}
        </p>
      )}
      {removed && <RemovedMarkNotice mark={removed} onUndo={() => void undoRemove()} onDismiss={forgetRemoved} />}
      <FindingList text={text} findings={findings} marks={matched.byFinding} markedQuotes={matched.changed} selected={selected} actions={actions} onLeave={showSelected} />
      {findings.length === 0 && <p className="review-empty">No quotes or attributions in the body.</p>}
      {matched.orphans.length > 0 && (
        <section aria-label="Marks no longer found">
          <h3>Marks whose quote has changed</h3>
          <ul className="orphan-marks">
            {matched.orphans.map((mark) => (
              <li key={mark.id}>
                “{shortenQuote(mark.anchor.quote, 60)}”: {VERDICT_LABELS[mark.verdict]}
                {mark.note && ` (${mark.note})`}{' '}
                <button type="button" className="link-button remove-mark" aria-label={`Remove mark on “${shortenQuote(mark.anchor.quote, 40)}”`} onClick={() => void removeMark(mark)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h3>Credits</h3>
      {credits.length === 0 ? (
        <p className="review-empty">Credits are in order.</p>
      ) : (
        <ul className="credit-findings">
          {credits.map((credit, i) => (
            <li key={`${credit.code}-${i}`} className={`problem problem-${credit.severity}`}>
              {credit.message}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
