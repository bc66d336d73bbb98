import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Cases per target: GALLEY_FUZZ_RUNS, default 100 for a quick run by hand; `npm test` (CI) sets
 * 300, a few thousand cases in all, and `npm run fuzz:long` 10,000.
 */
export const RUNS = Number(process.env.GALLEY_FUZZ_RUNS ?? 100);

/**
 * The seed of every property in this run: fresh each run, so each run tries new cases, unless
 * GALLEY_FUZZ_SEED names one to replay. fast-check prints it (and the failing case's path) with
 * any counterexample; `GALLEY_FUZZ_SEED=N GALLEY_FUZZ_RUNS=M` runs the same cases again.
 */
export const SEED = Number(process.env.GALLEY_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
fc.configureGlobal({ seed: SEED });

/** A vitest timeout that grows with the case count. */
export const timeoutFor = (msPerCase: number) => 30_000 + RUNS * msPerCase;

/**
 * The longest one input may take. Inputs are at most a few hundred KB, so a parser that needs
 * longer is stuck in super-linear work or a loop: fast-check then shrinks to the smallest input
 * that shows it. A generous bound: a loaded CI machine must never trip it on honest work.
 */
export const TIME_BOUND_MS = 3_000;

/** Runs `work`, fails if it took longer than the time bound. */
export function withinTimeBound<T>(work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    const took = performance.now() - started;
    expect(took, `one input took ${took.toFixed(0)} ms`).toBeLessThan(TIME_BOUND_MS);
  }
}

/** Markup and text fragments that break naive parsers: tags, entities, DOCTYPEs, CDATA, comments, control characters. */
export const HOSTILE_FRAGMENTS = [
  '<', '>', '&', '&amp;', '&bogus;', '&#0;', '&#xD800;', '&#x10FFFF;', '&#99999999;', '<![CDATA[', ']]>', '<!--', '-->',
  '<!DOCTYPE nitf [<!ENTITY a "aaaa">]>', '<!ENTITY x SYSTEM "file:///etc/passwd">', '&x;', '<?xml version="1.0"?>',
  '<p>', '</p>', '<body>', '</body>', '<body.content>', '<hl1>', '<a href="javascript:alert(1)">', '<script>', '</nitf>',
  '<newsItem>', '<contentSet>', '<inlineXML>', 'xmlns="urn:x"', '"', "'", '=', '\u0000', '\u0007', '\uFFFE', '\uD800', '\uDC00',
  '😀', '\u202E', '\r\n', '{', '}', '[', ']', ':', ',', '"uri"', 'null', '1e999', '-0', '\\u0000', '\\ud800',
];

/** One edit to a text: cut it short, insert a fragment or random characters, drop or repeat a slice. */
export function mutation(): fc.Arbitrary<(text: string) => string> {
  const at = fc.double({ min: 0, max: 1, noNaN: true });
  return fc.oneof(
    at.map((p) => (text: string) => text.slice(0, Math.floor(p * text.length))),
    fc.tuple(at, fc.constantFrom(...HOSTILE_FRAGMENTS)).map(([p, piece]) => (text: string) => splice(text, p, 0, piece)),
    fc.tuple(at, fc.string({ unit: 'binary', maxLength: 20 })).map(([p, piece]) => (text: string) => splice(text, p, 0, piece)),
    fc.tuple(at, fc.nat({ max: 200 })).map(([p, n]) => (text: string) => splice(text, p, n, '')),
    fc.tuple(at, fc.nat({ max: 200 }), fc.integer({ min: 2, max: 50 })).map(([p, n, times]) => (text: string) => {
      const start = Math.floor(p * text.length);
      return splice(text, p, 0, text.slice(start, start + n).repeat(times));
    }),
  );
}

function splice(text: string, p: number, remove: number, insert: string): string {
  const at = Math.floor(p * text.length);
  return text.slice(0, at) + insert + text.slice(at + remove);
}

/** A seed document with one to five mutations applied. */
export function mutated(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(mutation(), { minLength: 1, maxLength: 5 })).map(([seed, edits]) => edits.reduce((text, edit) => edit(text), seed));
}

/** `depth` nested copies of an opening and closing pair around `inner`: deep nesting for parsers. */
export function nested(open: string, close: string, depth: number, inner = 'x'): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}
