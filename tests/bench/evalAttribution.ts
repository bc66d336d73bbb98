/**
 * Attribution checker evaluation: quality on the development set and speed on a 5,000-word story.
 *
 *   npx tsx tests/bench/evalAttribution.ts [--json] [--verbose [--set NAME]]
 *
 * Reports each set (the shared Wikinews gold, Galley's own stories, every folder under
 * tests/eval/attribution/) under both match rules, beside the plain regex floor.
 * --verbose lists the misses, spurious findings and wrong speakers of the tuning stories
 * (shared Wikinews and own), or with --set those of one set: "own", "own-heldout",
 * "shared-wikinews", or a folder under tests/eval/attribution/ (e.g. wikinews-heldout).
 * Reading a held-out set's details spends it: say so when reporting its figures afterwards.
 * Scoring rules: tests/support/attributionScore.ts.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { findAttributions, type Finding } from '../../src/attribution';
import { loadDevSet, MATCH_RULES, scoreStory, summarise, type DevStory, type Figures, type MatchRule, type StoryScore } from '../support/attributionScore';
import { regexAttributions } from '../support/regexFloor';

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

/**
 * p50 and p95 of findAttributions on the long story, wall clock and CPU time: the median over
 * rounds of each round's percentiles. CPU time is printed too because on a shared build machine
 * (other jobs on the same cores) wall clock measures the machine's load as much as the code.
 */
export function timeLongStory(text: string): { p50: number; p95: number; cpuP50: number; cpuP95: number; words: number; loadAverage: number } {
  for (let i = 0; i < 10; i++) findAttributions(text);
  const rounds = { p50: [] as number[], p95: [] as number[], cpuP50: [] as number[], cpuP95: [] as number[] };
  for (let round = 0; round < TIMING_ROUNDS; round++) {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let run = 0; run < RUNS_PER_ROUND; run++) {
      const cpuStarted = process.cpuUsage();
      const started = performance.now();
      findAttributions(text);
      wall.push(performance.now() - started);
      const used = process.cpuUsage(cpuStarted);
      cpu.push((used.user + used.system) / 1000);
    }
    wall.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    rounds.p50.push(percentile(wall, 0.5));
    rounds.p95.push(percentile(wall, 0.95));
    rounds.cpuP50.push(percentile(cpu, 0.5));
    rounds.cpuP95.push(percentile(cpu, 0.95));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    p50: median(rounds.p50),
    p95: median(rounds.p95),
    cpuP50: median(rounds.cpuP50),
    cpuP95: median(rounds.cpuP95),
    words: text.split(/\s+/u).filter(Boolean).length,
    loadAverage: loadavg()[0],
  };
}

/** The sets reported, each a filter over the development stories. The own stories are also split tuning / held-out. */
function reportedSets(devSet: readonly DevStory[]): { label: string; holds: (dev: DevStory) => boolean }[] {
  const evalSets = [...new Set(devSet.filter((d) => d.source === 'eval').map((d) => d.set))];
  return [
    { label: 'shared wikinews', holds: (d) => d.source === 'wikinews' },
    { label: 'own (all)', holds: (d) => d.source === 'own' || d.source === 'heldout' },
    { label: '  own tuning', holds: (d) => d.source === 'own' },
    { label: '  own held-out', holds: (d) => d.source === 'heldout' },
    ...evalSets.map((set) => ({ label: `eval ${set}`, holds: (d: DevStory) => d.source === 'eval' && d.set === set })),
  ];
}

type Checker = (text: string) => Finding[];
const CHECKERS: Record<string, Checker> = { galley: findAttributions, 'regex floor': regexAttributions };

function figuresOf(devSet: readonly DevStory[], holds: (dev: DevStory) => boolean, checker: Checker, rule: MatchRule): Figures {
  return summarise(devSet.filter(holds).map((dev) => scoreStory(dev.story, checker(dev.story.text), rule)));
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function printFigures(label: string, f: Figures): void {
  console.log(
    `${label.padEnd(46)} ${String(f.stories).padStart(3)}  quotes P ${pct(f.quotes.precision)} R ${pct(f.quotes.recall)} F1 ${pct(f.quotes.f1)}` +
      `  | speaker ${pct(f.speakerAccuracy)}  | all P ${pct(f.all.precision)} R ${pct(f.all.recall)}` +
      `  | direct F1 ${pct(f.direct.f1)}  resolution ${pct(f.resolutionAccuracy)}  kind ${pct(f.kindAccuracy)}  non-speech ${f.nonSpeechReported}`,
  );
}

function printDetails(dev: DevStory, score: StoryScore): void {
  const clip = (s: number, e: number) => JSON.stringify(dev.story.text.slice(s, e).slice(0, 90));
  for (const q of score.missed) console.log(`  ${dev.name} MISSED ${q.type}: ${clip(q.contents[0].start, q.contents[q.contents.length - 1].end)}`);
  for (const f of score.spurious) console.log(`  ${dev.name} SPURIOUS ${f.kind}: ${clip(f.content.start, f.content.end)} cue=${f.cue ? clip(f.cue.start, f.cue.end) : '-'}`);
  for (const { gold, finding } of score.wrongSpeaker)
    console.log(`  ${dev.name} SPEAKER gold=${JSON.stringify(gold.sources.map((s) => s.text).join('|') || gold.source_resolves_to || null)} got source=${JSON.stringify(finding.source?.text ?? null)} speaker=${JSON.stringify(finding.speaker)}`);
}

/** The stories whose details --verbose prints: the tuning stories, or the set --set names. */
function detailedStories(devSet: readonly DevStory[], setName: string | undefined): DevStory[] {
  const named: Record<string, (d: DevStory) => boolean> = {
    'shared-wikinews': (d) => d.source === 'wikinews',
    own: (d) => d.source === 'own',
    'own-heldout': (d) => d.source === 'heldout',
  };
  const holds = setName === undefined ? (d: DevStory) => d.source === 'wikinews' || d.source === 'own' : (named[setName] ?? ((d: DevStory) => d.source === 'eval' && d.set === setName));
  const stories = devSet.filter(holds);
  if (setName !== undefined && stories.length === 0) {
    const known = [...Object.keys(named), ...new Set(devSet.filter((d) => d.source === 'eval').map((d) => d.set))];
    throw new Error(`--set ${setName}: no such set with stories. Known sets: ${known.join(', ')}`);
  }
  return stories;
}

function optionValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a set name, e.g. ${name} wikinews-heldout`);
  return value;
}

function main(): void {
  const json = process.argv.includes('--json');
  const verbose = process.argv.includes('--verbose');
  const setName = optionValue('--set');
  const devSet = loadDevSet();
  const detailed = detailedStories(devSet, setName);
  const sets = reportedSets(devSet);
  const quality = MATCH_RULES.map((rule) => ({
    rule,
    sets: sets.map(({ label, holds }) => ({
      label,
      checkers: Object.entries(CHECKERS).map(([checker, run]) => ({ checker, figures: figuresOf(devSet, holds, run, rule) })),
    })),
  }));
  const report = { quality, timing: timeLongStory(buildLongStory(devSet)) };
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  if (verbose) for (const dev of detailed) printDetails(dev, scoreStory(dev.story, findAttributions(dev.story.text)));
  console.log('Attribution checker (scoring: tests/support/attributionScore.ts; floor: tests/support/regexFloor.ts)');
  for (const { rule, sets: bySet } of quality) {
    console.log(`\nmatch rule: ${rule === 'half' ? 'finding covers at least half of the gold span' : 'any overlap with the gold span'}`);
    for (const { label, checkers } of bySet) for (const { checker, figures } of checkers) printFigures(`${label} · ${checker}`, figures);
  }
  const t = report.timing;
  console.log(
    `\nfindAttributions on a ${t.words}-word story: p50 ${t.p50.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms wall clock` +
      ` (CPU p50 ${t.cpuP50.toFixed(2)} ms, p95 ${t.cpuP95.toFixed(2)} ms; load average ${t.loadAverage.toFixed(1)})`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
