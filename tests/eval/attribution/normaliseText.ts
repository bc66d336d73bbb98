/**
 * Makes an evaluation text from a story's text field as the scrape holds it, so that two
 * annotators who copy the same story get the same characters (and so the same offsets).
 *
 *   npx tsx tests/eval/attribution/normaliseText.ts RAW.txt > texts/NAME.txt
 *
 * `""` is read as `"` (CSV quoting), a leading date line ("Friday, January 4, 2019") is
 * dropped, spaces at line ends are removed and runs of blank lines become one blank line.
 */
import { readFileSync } from 'node:fs';

const DATE_LINE = /^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \p{L}+ \d{1,2}, \d{4}\s*$/u;

export function normaliseText(raw: string): string {
  const lines = raw.replace(/""/g, '"').replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/[ \t\u00a0]+$/u, ''));
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first !== -1 && DATE_LINE.test(lines[first]!)) lines.splice(0, first + 1);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

if (process.argv[1]?.endsWith('normaliseText.ts')) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: tsx tests/eval/attribution/normaliseText.ts RAW.txt');
    process.exit(2);
  }
  process.stdout.write(normaliseText(readFileSync(file, 'utf8')));
}
