/**
 * Agreement between two annotators on the same stories (gold files built by buildGold.ts).
 *
 *   npx tsx tests/eval/attribution/agreement.ts GOLD_FOLDER_A GOLD_FOLDER_B
 *
 * Reads every story present in both folders and prints, for each match rule (any overlap of
 * content spans; overlap of at least half the reference span), A's attributions scored against
 * B's as if B were gold (F1 is symmetric under this matching), the share of matched pairs that
 * agree on the speaker (source spans overlap or the same resolved name), and on the type.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldQuote, GoldSpan } from './buildGold';

type Rule = 'any overlap' | 'half of gold';

function overlap(a: GoldSpan, b: GoldSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function matches(found: GoldQuote, gold: GoldQuote, rule: Rule): boolean {
  return gold.contents.some((g) =>
    found.contents.some((f) => {
      const shared = overlap(f, g);
      return rule === 'any overlap' ? shared > 0 : shared >= (g.end - g.start) / 2;
    }),
  );
}

function sameSpeaker(a: GoldQuote, b: GoldQuote): boolean {
  if (a.sources.length === 0 && b.sources.length === 0) return true;
  if (a.sources.some((s) => b.sources.some((t) => overlap(s, t) > 0))) return true;
  const names = (q: GoldQuote) => [q.source_resolves_to, ...q.sources.map((s) => s.text)].filter(Boolean).map((s) => s!.toLowerCase());
  const bNames = names(b);
  return names(a).some((n) => bNames.some((m) => n.includes(m) || m.includes(n)));
}

export function compare(a: GoldQuote[], b: GoldQuote[], rule: Rule) {
  const usedB = new Set<number>();
  let matched = 0;
  let speaker = 0;
  let type = 0;
  for (const qa of a) {
    const j = b.findIndex((qb, index) => !usedB.has(index) && matches(qa, qb, rule));
    if (j === -1) continue;
    usedB.add(j);
    matched += 1;
    if (sameSpeaker(qa, b[j]!)) speaker += 1;
    if (qa.type === b[j]!.type) type += 1;
  }
  return { a: a.length, b: b.length, matched, speaker, type };
}

function main(): void {
  const [folderA, folderB] = process.argv.slice(2);
  if (!folderA || !folderB) {
    console.error('usage: tsx tests/eval/attribution/agreement.ts GOLD_FOLDER_A GOLD_FOLDER_B');
    process.exit(2);
  }
  const inB = new Set(readdirSync(folderB));
  const shared = readdirSync(folderA).filter((f) => f.endsWith('.json') && inB.has(f)).sort();
  const read = (folder: string, file: string) => (JSON.parse(readFileSync(join(folder, file), 'utf8')) as { quotes: GoldQuote[] }).quotes;
  console.log(`${shared.length} stories annotated by both`);
  for (const rule of ['any overlap', 'half of gold'] as Rule[]) {
    const total = { a: 0, b: 0, matched: 0, speaker: 0, type: 0 };
    for (const file of shared) {
      const r = compare(read(folderA, file), read(folderB, file), rule);
      for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += r[key];
    }
    const p = total.matched / (total.a || 1);
    const r = total.matched / (total.b || 1);
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    console.log(
      `${rule}: A ${total.a}, B ${total.b}, matched ${total.matched}; F1 ${f1.toFixed(3)} (A against B: P ${p.toFixed(3)}, R ${r.toFixed(3)}); ` +
        `same speaker ${(total.speaker / (total.matched || 1)).toFixed(3)}; same type ${(total.type / (total.matched || 1)).toFixed(3)}`,
    );
  }
}

if (process.argv[1]?.endsWith('agreement.ts')) main();
