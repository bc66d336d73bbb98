import { memo, useState } from 'react';
import type { Finding } from '../../src/attribution/types';
import { describeQuoteChange } from '../../src/review/quoteChange';
import { VERDICT_LABELS, VERDICTS, type ReviewMark, type Verdict } from '../../src/review/reviewMarks';
import { shortenQuote } from '../../src/review/shortenQuote';

const KIND_LABELS: Record<Finding['kind'], string> = {
  direct: 'direct quote',
  mixed: 'partial quote',
  indirect: 'reported speech',
  'according-to': 'according to',
  unattributed: 'unattributed',
};

/** What the list shows of a finding: strings, so an item re-renders only when what it shows changes. */
export interface FindingView {
  kind: Finding['kind'];
  anonymous: boolean;
  quote: string;
  /** The resolved speaker, or the source as written. */
  speaker: string | null;
  /** The source as written, when it differs from the resolved speaker ("he" for Zelensky). */
  source: string | null;
  cue: string | null;
}

export function describeFinding(text: string, finding: Finding): FindingView {
  const speaker = finding.speaker ?? finding.source?.text ?? null;
  return {
    kind: finding.kind,
    anonymous: finding.anonymous,
    quote: text.slice(finding.content.start, finding.content.end),
    speaker,
    source: finding.source && finding.speaker && finding.source.text !== finding.speaker ? finding.source.text : null,
    cue: finding.cue ? text.slice(finding.cue.start, finding.cue.end) : null,
  };
}

/** What an item does, by the finding's index: the same functions for every item and every render. */
export interface FindingActions {
  onHover(index: number, hovering: boolean): void;
  onSelect(index: number): void;
  onMark(index: number, verdict: Verdict, note: string): Promise<boolean>;
  /** Deletes the finding's mark (the pane offers Undo). */
  onRemove(index: number): void;
}

interface FindingItemProps extends FindingView {
  index: number;
  mark: ReviewMark | undefined;
  /** The quote as it was when marked, when its words have changed since (src/review/matchMarks.ts). */
  markedQuote: string | undefined;
  active: boolean;
  actions: FindingActions;
}

/** The flag on a marked quote whose words were edited after the mark: the verdict no longer holds. */
function QuoteChanged({ verdict, was, now }: { verdict: Verdict; was: string; now: string }) {
  const change = describeQuoteChange(was, now);
  return (
    <span className="finding-changed">
      <span className="badge badge-warning">{verdict === 'verified' ? 'Changed since verified' : 'Changed since marked'}</span>
      {change && <span className="finding-change-words">{change}</span>}
    </span>
  );
}

/** One finding in the review pane: the quote, who said it, the cue, and the reviewer's mark. */
export const FindingItem = memo(function FindingItem({ index, kind, anonymous, quote, speaker, source, cue, mark, markedQuote, active, actions }: FindingItemProps) {
  const [noting, setNoting] = useState(false);
  const [note, setNote] = useState(mark?.note ?? '');
  const changed = markedQuote !== undefined;
  const classes = ['finding', `finding-${kind}`, anonymous ? 'finding-anonymous' : '', mark ? `marked-${mark.verdict}` : '', changed ? 'marked-changed' : '', active ? 'finding-active' : ''];

  return (
    <li className={classes.filter(Boolean).join(' ')} data-kind={kind} onMouseEnter={() => actions.onHover(index, true)} onMouseLeave={() => actions.onHover(index, false)}>
      <button type="button" className="finding-quote link-button" aria-pressed={active} onClick={() => actions.onSelect(index)} onFocus={() => actions.onHover(index, true)} onBlur={() => actions.onHover(index, false)}>
        {shortenQuote(quote)}
      </button>
      <div className="finding-meta">
        <span className="finding-speaker">{speaker ?? 'No speaker'}</span>
        {source && <span className="finding-source"> (“{source}”)</span>}
        {cue && <span className="finding-cue"> · {cue}</span>}
        <span className="finding-kind"> · {KIND_LABELS[kind]}</span>
        {kind === 'unattributed' && <span className="badge badge-warning">Unattributed</span>}
        {anonymous && <span className="badge badge-anonymous">Anonymous</span>}
      </div>
      {mark && (
        <p className="finding-mark" data-verdict={mark.verdict} data-changed={changed || undefined}>
          {VERDICT_LABELS[mark.verdict]}
          {mark.note && `: ${mark.note}`}
          <span className="finding-mark-by"> ({mark.by})</span>
          {changed && <QuoteChanged verdict={mark.verdict} was={markedQuote} now={quote} />}
          <button type="button" className="link-button remove-mark" onClick={() => actions.onRemove(index)}>
            Remove mark
          </button>
        </p>
      )}
      <div className="verdicts" role="group" aria-label="Mark this quote">
        {VERDICTS.map((verdict) => (
          <button
            key={verdict}
            type="button"
            // An edited quote's old verdict is not this quote's: pressing it again confirms the new words.
            aria-pressed={!changed && mark?.verdict === verdict}
            onClick={() => (verdict === 'needs-check' ? setNoting(true) : void actions.onMark(index, verdict, ''))}
          >
            {VERDICT_LABELS[verdict]}
          </button>
        ))}
      </div>
      {noting && (
        <form
          className="needs-check-form"
          onSubmit={(event) => {
            event.preventDefault();
            void actions.onMark(index, 'needs-check', note).then((saved) => saved && setNoting(false));
          }}
        >
          <label>
            What to check
            <input value={note} onChange={(e) => setNote(e.target.value)} required autoFocus />
          </label>
          <button type="submit" disabled={!note.trim()}>
            Save note
          </button>
          <button type="button" onClick={() => setNoting(false)}>
            Cancel
          </button>
        </form>
      )}
    </li>
  );
});
