// What the desk's readiness panel and `galley check` hear from the review: unattributed quotes,
// less those the reviewer settled; the reviewer's "needs check" notes; a return to the editor.
// The quote is written on a wall by nobody named: a banner that "read" it would be its source
// (the annotation guide's decision on signs).
import { describe, expect, it } from 'vitest';
import { anchorOf } from '../../../src/review/anchor';
import { attributionProblems, attributionReport } from '../../../src/review/attributionReport';
import type { ReviewMark, Verdict } from '../../../src/review/reviewMarks';
import { bodyFromParagraphs, bodyText } from '../../../src/story/body';
import type { Review } from '../../../src/story/story';

const QUOTE = '“We will not leave,”';
const story = (review: Review = { state: 'none' }) => ({
  body: bodyFromParagraphs([`${QUOTE} was written on a wall outside the ministry.`, 'The talks resume on Monday.']),
  dateline: { place: 'Kyiv', date: '2026-11-06', source: '' },
  credit: { line: '', source: '' },
  review,
});

function markOnQuote(verdict: Verdict, note = ''): ReviewMark {
  const text = bodyText(story().body);
  const start = text.indexOf(QUOTE);
  return { id: 1, storyId: 'S', anchor: anchorOf(text, { start, end: start + QUOTE.length }), verdict, note, by: 'Lee Park', updatedAt: '2026-11-06T10:00:00Z' };
}

const problemsWith = (marks: ReviewMark[], review?: Review) => {
  const s = story(review);
  return attributionProblems(s, attributionReport(s), marks).map((p) => [p.code, p.message]);
};

describe('attributionProblems', () => {
  it('reports an unattributed quote while no mark settles it', () => {
    expect(problemsWith([])).toEqual([['quote-unattributed', 'Nobody is named as saying “We will not leave,”.']]);
  });

  it.each<Verdict>(['not-a-quote', 'verified'])('drops the unattributed warning once the reviewer marks the quote %s', (verdict) => {
    expect(problemsWith([markOnQuote(verdict)])).toEqual([]);
  });

  it('reports the quote again once its words are edited after it was verified', () => {
    const edited = { ...story(), body: bodyFromParagraphs(['“We will never leave,” was written on a wall outside the ministry.', 'The talks resume on Monday.']) };
    expect(attributionProblems(edited, attributionReport(edited), [markOnQuote('verified')]).map((p) => p.message)).toEqual(['Nobody is named as saying “We will never leave,”.']);
  });

  it('passes a needs-check mark on to the desk with its note, beside the unattributed warning', () => {
    expect(problemsWith([markOnQuote('needs-check', 'Who wrote it?')])).toEqual([
      ['quote-unattributed', 'Nobody is named as saying “We will not leave,”.'],
      ['quote-needs-check', 'Lee Park asks to check “We will not leave,”: Who wrote it?'],
    ]);
  });

  it('tells the desk the story went back to its editor, with the note', () => {
    const review: Review = { state: 'returned', by: 'Lee Park', at: '2026-11-06T10:00:00Z', note: 'Name the protesters.', version: 3 };
    expect(problemsWith([markOnQuote('verified')], review)).toEqual([['review-returned', 'Returned to the editor by Lee Park: Name the protesters.']]);
  });
});
