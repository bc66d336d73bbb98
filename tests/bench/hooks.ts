import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Figure } from './measure';

export interface HookContext {
  /** The benchmark library (already generated). */
  libraryFile: string;
  /** A scratch folder removed after the run. */
  workFolder: string;
}

type BenchModule = Record<string, unknown>;

/** The desk's bench (issue 5): render + validate throughput per format (worker pool and in-process), and the whole send. */
async function deskFigures(module: BenchModule): Promise<Figure[]> {
  type Rate = { storiesPerSecond: number; p95StoriesPerSecond: number; passes: number };
  type DeskResult = {
    perFormat: Record<string, Rate & { invalid: number; workers: number; inProcess: Rate }>;
    send: Rate & { stories: number };
    targetPerFormat: number;
  };
  const run = module.runDeskBench as (count: number, log: (line: string) => void) => Promise<DeskResult>;
  const result = await run(1_000, (line) => process.stderr.write(`  ${line}\n`));
  // Throughput: the p95 column holds the rate of the slowest passes, so "p95" reads as the bad end, as for times.
  const throughput = (name: string, rate: Rate, options: { target?: number; note?: string } = {}): Figure => ({
    group: 'desk',
    name,
    unit: 'stories/s',
    median: rate.storiesPerSecond,
    p95: rate.p95StoriesPerSecond,
    samples: rate.passes,
    ...(options.target ? { target: `>= ${options.target} stories/s`, met: rate.storiesPerSecond >= options.target } : {}),
    ...(options.note ? { note: options.note } : {}),
  });
  return [
    ...Object.entries(result.perFormat).flatMap(([format, f]) => [
      throughput(`${format}: render + validate, ${f.workers} wire workers (${f.invalid} invalid)`, f, {
        target: result.targetPerFormat,
        note: `${(f.storiesPerSecond / f.inProcess.storiesPerSecond).toFixed(2)}x the in-process rate in the same run`,
      }),
      throughput(`${format}: render + validate, in-process`, f.inProcess),
    ]),
    throughput(`send end to end (${result.send.stories} stories, nitf + ninjs, fsync)`, result.send),
  ];
}

/** Any other bench module: each `bench*` export takes a HookContext and returns Figure[] or { figures }. */
async function genericFigures(module: BenchModule, context: HookContext, notes: Record<string, unknown>, file: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [name, fn] of Object.entries(module)) {
    if (typeof fn !== 'function' || !name.startsWith('bench')) continue;
    const { figures: found, rest } = collect(await (fn as (c: HookContext) => unknown)(context));
    figures.push(...found);
    if (rest !== null) notes[`${file}#${name}`] = rest;
  }
  return figures;
}

/** The bench modules beside this one, by section name: file and how to read its figures (null: the generic way). */
const MODULES: Record<string, { file: string; adapter: ((module: BenchModule) => Promise<Figure[]>) | null }> = {
  desk: { file: 'tests/bench/deskBench.ts', adapter: deskFigures },
  editor: { file: 'tests/bench/editorBench.ts', adapter: null },
  'review pane': { file: 'tests/bench/reviewPaneBench.ts', adapter: null },
};

function isFigure(value: unknown): value is Figure {
  const f = value as Figure | null;
  return typeof f === 'object' && f !== null && typeof f.name === 'string' && typeof f.median === 'number' && typeof f.p95 === 'number';
}

/** Accepts Figure[], { figures: Figure[] } or anything else (kept as a note). */
function collect(result: unknown): { figures: Figure[]; rest: unknown } {
  const list = Array.isArray(result) ? result : (result as { figures?: unknown } | null)?.figures;
  if (Array.isArray(list) && list.every(isFigure)) return { figures: list, rest: null };
  return { figures: [], rest: result };
}

/** The attribution checker's evaluation (tests/bench/evalAttribution.ts --json), run as its own process. */
function attribution(): { figures: Figure[]; note: unknown } {
  const script = 'tests/bench/evalAttribution.ts';
  if (!existsSync(script)) return { figures: [], note: `${script} is missing` };
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) return { figures: [], note: `${script} failed: ${run.stderr.trim().split('\n').slice(-3).join(' ')}` };
  const report = JSON.parse(run.stdout) as { timing?: { words: number; p50: number; p95: number } };
  const figures = report.timing
    ? [{ group: 'attribution', name: `findAttributions, ${report.timing.words}-word story`, unit: 'ms' as const, median: report.timing.p50, p95: report.timing.p95, samples: 0 }]
    : [];
  return { figures, note: report };
}

export interface Hook {
  name: string;
  run(context: HookContext): Promise<{ figures: Figure[]; notes: Record<string, unknown> }>;
}

/** One hook per bench module, and the attribution evaluation; a module not written yet is noted as missing. */
export const HOOKS: Hook[] = [
  ...Object.entries(MODULES).map(([name, { file, adapter }]): Hook => ({
    name,
    async run(context) {
      const notes: Record<string, unknown> = {};
      if (!existsSync(file)) return { figures: [], notes: { [file]: 'not present' } };
      const module = (await import(pathToFileURL(resolve(file)).href)) as BenchModule;
      const figures = adapter ? await adapter(module) : await genericFigures(module, context, notes, file);
      return { figures, notes };
    },
  })),
  {
    name: 'attribution',
    async run() {
      const result = attribution();
      return { figures: result.figures, notes: { attribution: result.note } };
    },
  },
];
