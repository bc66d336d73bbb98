import { memo } from 'react';
import type { Finding } from '../../src/attribution/types';
import type { ReviewMark } from '../../src/review/reviewMarks';
import { describeFinding, FindingItem, type FindingActions } from './FindingItem';

interface FindingListProps {
  text: string;
  findings: readonly Finding[];
  /** The mark of each finding that has one, by index (src/review/matchMarks.ts). */
  marks: ReadonlyMap<number, ReviewMark>;
  /** The quote as marked, by index, for marks whose quote was edited since. */
  markedQuotes: ReadonlyMap<number, string>;
  selected: number | null;
  actions: FindingActions;
  onLeave(): void;
}

/**
 * The findings in reading order. Memoised on its props, all of which hold still while the user
 * types: the story view re-renders on keystrokes (save state, counts), and re-rendering a few
 * hundred findings each time is what made typing slower with the pane open.
 */
export const FindingList = memo(function FindingList({ text, findings, marks, markedQuotes, selected, actions, onLeave }: FindingListProps) {
  return (
    <ol className="findings" aria-label="Findings" onMouseLeave={onLeave}>
      {findings.map((finding, index) => {
        const view = describeFinding(text, finding);
        return (
          // By its words, so an open note form survives edits elsewhere in the body.
          <FindingItem key={`${index}:${view.quote}`} index={index} {...view} mark={marks.get(index)} markedQuote={markedQuotes.get(index)} active={selected === index} actions={actions} />
        );
      })}
    </ol>
  );
});
