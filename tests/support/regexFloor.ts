/**
 * The plain regex floor the attribution checker is compared with (issue 20's table): what a
 * page of regular expressions finds with no lexicon beyond "said/says/told", no sentence logic
 * and no speaker resolution. Scored by the same scorer, it shows how much the checker adds.
 *
 * - Every quotation ("...", “...”, «...») is a direct quote; its speaker is a capitalised name
 *   or pronoun right after it with "said" ("..., Smith said" / "..., said Smith") or right
 *   before it ("Smith said: ...").
 * - "Name said (that) CLAUSE." is an indirect relation, content up to the full stop.
 */
import type { Finding } from '../../src/attribution';

const NAME = String.raw`(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)`;
const VERB = String.raw`(?:said|says|told)`;
const QUOTE = /"[^"\n]+"|“[^”\n]+”|«[^»\n]+»/gu;
const AFTER = new RegExp(String.raw`^\s*(?:(${NAME})\s+${VERB}|${VERB}\s+(${NAME}))`, 'u');
const BEFORE = new RegExp(String.raw`(${NAME})\s+${VERB}\s*[:,]?\s*$`, 'u');
const INDIRECT = new RegExp(String.raw`(${NAME})\s+${VERB}(?:\s+[a-z]+)?\s+(?:that\s+)?([^".“”]{10,}?)\.`, 'gu');

function sourceAt(text: string, from: number, name: string | undefined): Finding['source'] {
  if (!name) return null;
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, text: name };
}

export function regexAttributions(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(QUOTE)) {
    const start = match.index;
    const end = start + match[0].length;
    const after = AFTER.exec(text.slice(end, end + 80));
    const before = BEFORE.exec(text.slice(Math.max(0, start - 80), start));
    const source = after
      ? sourceAt(text, end, after[1] ?? after[2])
      : before
        ? sourceAt(text, Math.max(0, start - 80) + before.index, before[1])
        : null;
    findings.push({ kind: 'direct', content: { start, end }, cue: null, source, speaker: source?.text ?? null, anonymous: false, confidence: 0.5 });
  }
  for (const match of text.matchAll(INDIRECT)) {
    const content = match[2];
    const start = match.index + match[0].lastIndexOf(content);
    const source = sourceAt(text, match.index, match[1]);
    findings.push({ kind: 'indirect', content: { start, end: start + content.length }, cue: null, source, speaker: source?.text ?? null, anonymous: false, confidence: 0.5 });
  }
  return findings.sort((a, b) => a.content.start - b.content.start);
}
