import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/attribution/types';
import { anchorOf, locateAnchor } from '../../../src/review/anchor';
import { matchMarks } from '../../../src/review/matchMarks';
import type { ReviewMark } from '../../../src/review/reviewMarks';

const TEXT = 'He said “yes” on Monday. Later she said “yes” on Tuesday.';
const second = TEXT.lastIndexOf('“yes”');

describe('anchors', () => {
  it.each([
    ['unchanged text', TEXT, second],
    ['words added before', `BERLIN — ${TEXT}`, second + 9],
    ['words added after', `${TEXT} Nobody else spoke.`, second],
    ['the other quote’s context changed', TEXT.replace('He said', 'He had said'), second + 4],
  ])('re-finds the second of two identical quotes: %s', (_name, text, at) => {
    expect(locateAnchor(text, anchorOf(TEXT, { start: second, end: second + 5 }))).toEqual({ start: at, end: at + 5 });
  });

  it('is null once the quote’s own words are gone', () => {
    expect(locateAnchor(TEXT.replaceAll('yes', 'no'), anchorOf(TEXT, { start: second, end: second + 5 }))).toBeNull();
  });
});

const finding = (start: number, end: number): Finding => ({ kind: 'direct', content: { start, end }, cue: null, source: null, speaker: null, anonymous: false, confidence: 1 });
const mark = (id: number, quote: string, updatedAt: string): ReviewMark => ({ id, storyId: 'S', anchor: { quote, before: '', after: '' }, verdict: 'verified', note: '', by: 'Lee', updatedAt });

describe('matchMarks', () => {
  it('attaches each mark to the finding over its words, newest first, and lists the ones not found', () => {
    const text = '“One,” he said. “Two,” she said.';
    const findings = [finding(0, 6), finding(16, 22)];
    const matched = matchMarks(text, findings, [mark(1, '“Two,”', '2026-01-01'), mark(2, '“Two,”', '2026-01-02'), mark(3, '“Three,”', '2026-01-01')]);
    expect([...matched.byFinding.entries()].map(([i, m]) => [i, m.id])).toEqual([[1, 2]]);
    expect(matched.orphans.map((m) => m.id)).toEqual([3, 1]);
  });
});

describe('matchMarks, a marked quote edited since', () => {
  const was = 'The minister spoke in Kyiv. “We will hold the line,” Zelensky told reporters on Friday.';
  const markOn = (text: string, quote: string): ReviewMark => {
    const start = text.indexOf(quote);
    return { id: 7, storyId: 'S', anchor: anchorOf(text, { start, end: start + quote.length }), verdict: 'verified', note: '', by: 'Lee', updatedAt: '2026-01-01' };
  };
  const quoteFinding = (text: string, quote: string) => finding(text.indexOf(quote), text.indexOf(quote) + quote.length);

  it.each([
    ['a word changed', '“We will keep the line,”'],
    ['a word added', '“We will not hold the line,”'],
    ['most words replaced, the place kept', '“Nobody takes Odesa,”'],
  ])('stays on the quote at its place, flagged with the words it was given for: %s', (_name, quote) => {
    const now = was.replace('“We will hold the line,”', quote);
    const matched = matchMarks(now, [finding(0, 5), quoteFinding(now, quote)], [markOn(was, '“We will hold the line,”')]);
    expect(matched.byFinding.get(1)?.id).toBe(7);
    expect(matched.changed.get(1)).toBe('“We will hold the line,”');
    expect(matched.orphans).toEqual([]);
  });

  it('is not flagged while its words are unchanged, and is lost when its quote and its place are both gone', () => {
    const mark = markOn(was, '“We will hold the line,”');
    expect(matchMarks(was, [quoteFinding(was, '“We will hold the line,”')], [mark]).changed.size).toBe(0);
    const other = 'Prices rose on Monday. “Grain is cheaper now,” a trader said in Chicago.';
    const matched = matchMarks(other, [quoteFinding(other, '“Grain is cheaper now,”')], [mark]);
    expect(matched.byFinding.size).toBe(0);
    expect(matched.orphans.map((m) => m.id)).toEqual([7]);
  });
});
