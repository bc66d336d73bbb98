/** The table shape and check shared by the attribution construct tests (tests/unit/attribution/*). */
import { expect } from 'vitest';
import { findAttributions, type Finding, type FindingKind } from '../../src/attribution';

export interface Expected {
  kind: FindingKind;
  /** A piece of the content span. */
  content: string;
  cue?: string | null;
  source?: string | null;
  speaker?: string | null;
  anonymous?: boolean;
}

export interface Case {
  name: string;
  text: string;
  expected: Expected[];
  /** Pieces of text no finding's content may be only about: scare quotes, non-speech. */
  notReported?: string[];
  /** Words that must not be read as a cue here ("reports" in "Police reports show"). */
  notCues?: string[];
}

export const slice = (text: string, span: { start: number; end: number } | null): string | null => (span ? text.slice(span.start, span.end) : null);

function findingFor(text: string, findings: Finding[], expected: Expected): Finding | undefined {
  return findings.find((f) => slice(text, f.content)!.includes(expected.content));
}

/** Every expected relation is found with the kind, cue, source, speaker and anonymity written in the case. */
export function expectCase({ text, expected, notReported = [], notCues = [] }: Case): void {
  const findings = findAttributions(text);
  for (const want of expected) {
    const found = findingFor(text, findings, want);
    expect(found, `no finding containing ${JSON.stringify(want.content)} in ${JSON.stringify(findings)}`).toBeDefined();
    expect(found!.kind).toBe(want.kind);
    if (want.cue !== undefined) expect(slice(text, found!.cue)).toBe(want.cue);
    if (want.source !== undefined) expect(found!.source?.text ?? null).toBe(want.source);
    if (want.speaker !== undefined) expect(found!.speaker).toBe(want.speaker);
    if (want.anonymous !== undefined) expect(found!.anonymous).toBe(want.anonymous);
    if (found!.source) expect(text.slice(found!.source.start, found!.source.end)).toBe(found!.source.text);
  }
  for (const word of notCues) expect(findings.filter((f) => slice(text, f.cue) === word), `${word} read as a cue`).toEqual([]);
  for (const marked of notReported) {
    const at = text.indexOf(marked);
    const about = findings.filter((f) => f.content.start <= at && f.content.end >= at + marked.length && f.content.end - f.content.start <= marked.length + 2);
    expect(about, `${marked} reported as speech`).toEqual([]);
  }
}
