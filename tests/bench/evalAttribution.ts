/**
 * Attribution checker evaluation: quality on the development set and speed on a 5,000-word story.
 *
 *   npx tsx tests/bench/evalAttribution.ts [--json] [--verbose]
 *
 * --verbose lists the misses, spurious findings and wrong speakers of the tuning stories
 * (Wikinews and own); held-out stories only ever contribute their figures.
 * Scoring rules: tests/support/attributionScore.ts.
 */
import { performance } from 'node:perf_hooks';
import { findAttributions } from '../../src/attribution';
import { loadDevSet, scoreStory, summarise, type DevSource, type DevStory, type Figures, type StoryScore } from '../support/attributionScore';

const TIMING_WORDS = 5_000;
const TIMING_ROUNDS = 7;
const RUNS_PER_ROUND = 60;

/** A 5,000-word story made of the development texts back to back, so it has realistic quote density. */
export function buildLongStory(stories: readonly DevStory[]): string {
  const parts: string[] = [];
  let words = 0;
  for (let i = 0; words < TIMING_WORDS; i++) {
    const text = stories[i % stories.length].story.text;
    parts.push(text);
    words += text.split(/\s+/u).filter(Boolean).length;
  }
  return parts.join('\n\n');
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** p50 and p95 of findAttributions on the long story: the median over rounds of each round's percentiles. */
export function timeLongStory(text: string): { p50: number; p95: number; words: number } {
  for (let i = 0; i < 10; i++) findAttributions(text);
  const p50s: number[] = [];
  const p95s: number[] = [];
  for (let round = 0; round < TIMING_ROUNDS; round++) {
    const times: number[] = [];
    for (let run = 0; run < RUNS_PER_ROUND; run++) {
      const started = performance.now();
      findAttributions(text);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    p50s.push(percentile(times, 0.5));
    p95s.push(percentile(times, 0.95));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { p50: median(p50s), p95: median(p95s), words: text.split(/\s+/u).filter(Boolean).length };
}

function figuresFor(scored: readonly { dev: DevStory; score: StoryScore }[], sources: readonly DevSource[]): Figures {
  return summarise(scored.filter((s) => sources.includes(s.dev.source)).map((s) => s.score));
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function printFigures(label: string, f: Figures): void {
  console.log(
    `${label.padEnd(22)} ${String(f.stories).padStart(3)}  direct P ${pct(f.direct.precision)} R ${pct(f.direct.recall)} F1 ${pct(f.direct.f1)}` +
      `  | all P ${pct(f.all.precision)} R ${pct(f.all.recall)}  | speaker ${pct(f.speakerAccuracy)}  resolution ${pct(f.resolutionAccuracy)}` +
      `  kind ${pct(f.kindAccuracy)}  non-speech reported ${f.nonSpeechReported}`,
  );
}

function printDetails(dev: DevStory, score: StoryScore): void {
  const clip = (s: number, e: number) => JSON.stringify(dev.story.text.slice(s, e).slice(0, 90));
  for (const q of score.missed) console.log(`  ${dev.name} MISSED ${q.type}: ${clip(q.contents[0].start, q.contents[q.contents.length - 1].end)}`);
  for (const f of score.spurious) console.log(`  ${dev.name} SPURIOUS ${f.kind}: ${clip(f.content.start, f.content.end)} cue=${f.cue ? clip(f.cue.start, f.cue.end) : '-'}`);
  for (const { gold, finding } of score.wrongSpeaker)
    console.log(`  ${dev.name} SPEAKER gold=${JSON.stringify(gold.sources.map((s) => s.text).join('|') || gold.source_resolves_to || null)} got source=${JSON.stringify(finding.source?.text ?? null)} speaker=${JSON.stringify(finding.speaker)}`);
}

function main(): void {
  const json = process.argv.includes('--json');
  const verbose = process.argv.includes('--verbose');
  const devSet = loadDevSet();
  const scored = devSet.map((dev) => ({ dev, score: scoreStory(dev.story, findAttributions(dev.story.text)) }));
  const report = {
    all: figuresFor(scored, ['wikinews', 'own', 'heldout']),
    tuning: figuresFor(scored, ['wikinews', 'own']),
    wikinews: figuresFor(scored, ['wikinews']),
    own: figuresFor(scored, ['own']),
    heldout: figuresFor(scored, ['heldout']),
    timing: timeLongStory(buildLongStory(devSet)),
  };
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  if (verbose) for (const { dev, score } of scored) if (dev.source !== 'heldout') printDetails(dev, score);
  console.log('Attribution checker (scoring: tests/support/attributionScore.ts)');
  printFigures('dev set (all)', report.all);
  printFigures('  wikinews', report.wikinews);
  printFigures('  own fixtures', report.own);
  printFigures('  held-out', report.heldout);
  printFigures('tuning (wikinews+own)', report.tuning);
  console.log(`findAttributions on a ${report.timing.words}-word story: p50 ${report.timing.p50.toFixed(2)} ms, p95 ${report.timing.p95.toFixed(2)} ms`);
}

main();
