// Quotes shown in the review pane, its notices and the desk's messages are cut between words:
// "said L…hs." hid who spoke (issue 23, item 16).
import { describe, expect, it } from 'vitest';
import { describeQuoteChange } from '../../../src/review/quoteChange';
import { shortenQuote } from '../../../src/review/shortenQuote';

const LONG = '“We will hold the line at every port on the Black Sea coast until the grain corridor reopens for good,” said Lina Marchenko-Hughes.';

describe('shortenQuote', () => {
  it('leaves a quote that fits as it is, whitespace folded', () => {
    expect(shortenQuote('  “We will\n hold   the line,”  ', 90)).toBe('“We will hold the line,”');
  });

  it.each([20, 30, 45, 60, 90, 100])('cuts a long quote to at most %i characters, only between words, keeping both ends', (max) => {
    const short = shortenQuote(LONG, max);
    expect(short.length).toBeLessThanOrEqual(max);
    const [head, tail] = short.split('…').map((part) => part.trim());
    expect(head || tail).toBeTruthy();
    const words = LONG.split(' ');
    // Every piece shown is whole words of the quote, from its start and from its end.
    if (head) expect(LONG.startsWith(`${head} `)).toBe(true);
    if (tail) expect(LONG.endsWith(` ${tail}`)).toBe(true);
    for (const word of `${head ?? ''} ${tail ?? ''}`.split(' ').filter(Boolean)) expect(words).toContain(word);
  });

  it('shows the speaker’s whole name at the end, never part of it', () => {
    expect(shortenQuote(LONG, 60)).toBe('“We will hold the line at … said Lina Marchenko-Hughes.');
  });

  it('cuts a single word longer than the room (a web address) at a character, never between a surrogate pair', () => {
    expect(shortenQuote('https://example.com/'.padEnd(200, 'x'), 30)).toBe(`${'https://example.com/'.padEnd(29, 'x')}…`);
    expect(shortenQuote('😀'.repeat(50), 10)).toBe(`${'😀'.repeat(9)}…`);
  });
});

describe('describeQuoteChange', () => {
  it.each([
    ['“We will hold the line,”', '“We will keep the line,”', '“hold” is now “keep”'],
    ['“We will hold the line,”', '“We will not hold the line,”', '“not” put in'],
    ['“We will surely hold the line,”', '“We will hold the line,”', '“surely” taken out'],
  ])('names the words changed: %s -> %s', (was, now, said) => {
    expect(describeQuoteChange(was, now)).toBe(said);
  });
});
