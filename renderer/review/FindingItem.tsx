import { useState } from 'react';
import type { Finding } from '../../src/attribution/types';
import { VERDICT_LABELS, VERDICTS, type ReviewMark, type Verdict } from '../../src/review/reviewMarks';

const KIND_LABELS: Record<Finding['kind'], string> = {
  direct: 'direct quote',
  mixed: 'partial quote',
  indirect: 'reported speech',
  'according-to': 'according to',
  unattributed: 'unattributed',
};

/** The quote for the list: whitespace folded, cut in the middle of long ones so both ends show. */
export function shortenQuote(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const half = Math.floor((max - 1) / 2);
  return `${flat.slice(0, half)}…${flat.slice(flat.length - half)}`;
}

interface FindingItemProps {
  finding: Finding;
  text: string;
  mark: ReviewMark | undefined;
  active: boolean;
  onHover(hovering: boolean): void;
  onSelect(): void;
  onMark(verdict: Verdict, note: string): Promise<boolean>;
  /** Deletes the mark (the pane offers Undo). */
  onRemove(): void;
}

/** One finding in the review pane: the quote, who said it, the cue, and the reviewer's mark. */
export function FindingItem({ finding, text, mark, active, onHover, onSelect, onMark, onRemove }: FindingItemProps) {
  const [noting, setNoting] = useState(false);
  const [note, setNote] = useState(mark?.note ?? '');
  const quote = text.slice(finding.content.start, finding.content.end);
  const cue = finding.cue ? text.slice(finding.cue.start, finding.cue.end) : null;
  const speaker = finding.speaker ?? finding.source?.text ?? null;
  const classes = ['finding', `finding-${finding.kind}`, finding.anonymous ? 'finding-anonymous' : '', mark ? `marked-${mark.verdict}` : '', active ? 'finding-active' : ''];

  return (
    <li className={classes.filter(Boolean).join(' ')} data-kind={finding.kind} onMouseEnter={() => onHover(true)} onMouseLeave={() => onHover(false)}>
      <button type="button" className="finding-quote link-button" aria-pressed={active} onClick={onSelect} onFocus={() => onHover(true)} onBlur={() => onHover(false)}>
        {shortenQuote(quote)}
      </button>
      <div className="finding-meta">
        <span className="finding-speaker">{speaker ?? 'No speaker'}</span>
        {finding.source && finding.speaker && finding.source.text !== finding.speaker && <span className="finding-source"> (“{finding.source.text}”)</span>}
        {cue && <span className="finding-cue"> · {cue}</span>}
        <span className="finding-kind"> · {KIND_LABELS[finding.kind]}</span>
        {finding.kind === 'unattributed' && <span className="badge badge-warning">Unattributed</span>}
        {finding.anonymous && <span className="badge badge-anonymous">Anonymous</span>}
      </div>
      {mark && (
        <p className="finding-mark" data-verdict={mark.verdict}>
          {VERDICT_LABELS[mark.verdict]}
          {mark.note && `: ${mark.note}`}
          <span className="finding-mark-by"> ({mark.by})</span>
          <button type="button" className="link-button remove-mark" onClick={onRemove}>
            Remove mark
          </button>
        </p>
      )}
      <div className="verdicts" role="group" aria-label="Mark this quote">
        {VERDICTS.map((verdict) => (
          <button
            key={verdict}
            type="button"
            aria-pressed={mark?.verdict === verdict}
            onClick={() => (verdict === 'needs-check' ? setNoting(true) : void onMark(verdict, ''))}
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
            void onMark('needs-check', note).then((saved) => saved && setNoting(false));
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
}
