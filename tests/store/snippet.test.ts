import { describe, expect, it } from 'vitest';
import { queryTerms, snippetOf } from '../../main/store/snippet';

describe('search snippets', () => {
  it.each([
    ['grain', 'Ships loaded with grain left Odesa.', 'Ships loaded with [[grain]] left Odesa.'],
    ['GRAIN', 'Ships loaded with grain left Odesa.', 'Ships loaded with [[grain]] left Odesa.'],
    ['gra*', 'The grain and the graphite.', 'The [[grain]] and the [[graphite]].'],
    ['"grain deal" OR Kyiv', 'Kyiv said the grain deal holds.', '[[Kyiv]] said the [[grain]] [[deal]] holds.'],
    ['cafe', 'A café in Kyiv.', 'A [[café]] in Kyiv.'],
    ['headline:grain', 'grain', '[[grain]]'],
    // An accented spelling before a plain one is still the first match.
    ['cafe', 'The Café Ruiz, not the cafe.', 'The [[Café]] Ruiz, not the [[cafe]].'],
    ['bergstrom', 'Lee Bergström (“Bergstrom”) said.', 'Lee [[Bergström]] (“[[Bergstrom]]”) said.'],
    // A letter whose lower case is longer (İ) falls back to word-by-word folding.
    ['kyiv', 'İstanbul and Kyiv.', 'İstanbul and [[Kyiv]].'],
    ['gra*', 'Graingers grain', '[[Graingers]] [[grain]]'],
    ['grain', 'ingrain grains grain', 'ingrain grains [[grain]]'],
  ])('%s in %j', (query, text, expected) => {
    expect(snippetOf(text, queryTerms(query))).toBe(expected);
  });

  it('shows the words around the first match, cut with ellipses', () => {
    const text = `${Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')} needle ${Array.from({ length: 30 }, (_, i) => `v${i}`).join(' ')}`;
    expect(snippetOf(text, queryTerms('needle'))).toBe('…w24 w25 w26 w27 w28 w29 [[needle]] v0 v1 v2 v3 v4 v5 v6 v7 v8 v9…');
  });

  it('says when nothing matches, and ignores FTS operators', () => {
    expect(snippetOf('Nothing to see.', queryTerms('grain NOT Kyiv'))).toBeNull();
    expect(queryTerms('grain AND NOT Kyiv NEAR deal').map((t) => t.text)).toEqual(['grain', 'kyiv', 'deal']);
  });
});
