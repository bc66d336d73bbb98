import { cpus, loadavg, platform, release, totalmem } from 'node:os';

/** One benchmark figure: its median and p95 beside a floor measured in the same run. */
export interface Figure {
  group: string;
  name: string;
  unit: 'ms' | 's' | 'MB' | 'KB' | 'bytes' | 'stories/s' | 'writes/min' | 'ms CPU/s';
  median: number;
  p95: number;
  samples: number;
  /** What the same work costs at the bottom layer (raw SQLite, parse only, an empty library). */
  floor?: { name: string; median: number; p95: number };
  /** p95 over the floor's p95: how much Galley's layers add. */
  ratio?: number;
  /** The target, as text, and whether this run met it. */
  target?: string;
  met?: boolean;
  note?: string;
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const median = (samples: readonly number[]) => percentile(samples, 50);
export const p95 = (samples: readonly number[]) => percentile(samples, 95);

/** Milliseconds per call of `work`, `runs` times after `warmup` untimed calls. */
export async function timeCalls(work: () => unknown, runs: number, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** A figure from samples and optional floor samples; `target` checks the figure's p95. */
export function figure(
  group: string,
  name: string,
  samples: readonly number[],
  options: { unit?: Figure['unit']; floor?: { name: string; samples: readonly number[] }; target?: { text: string; met: (f: Figure) => boolean }; note?: string } = {},
): Figure {
  const result: Figure = { group, name, unit: options.unit ?? 'ms', median: median(samples), p95: p95(samples), samples: samples.length, note: options.note };
  if (options.floor) {
    result.floor = { name: options.floor.name, median: median(options.floor.samples), p95: p95(options.floor.samples) };
    result.ratio = result.floor.p95 > 0 ? result.p95 / result.floor.p95 : undefined;
  }
  if (options.target) {
    result.target = options.target.text;
    result.met = options.target.met(result);
  }
  return result;
}

/** The machine, so a figure is never read without knowing what produced it. */
export function describeMachine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    ramGB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    /** Other work on the machine skews every figure: read them with this beside them. */
    loadAverage1m: Number(loadavg()[0].toFixed(2)),
  };
}

const number = (value: number | undefined, digits = 2) => (value === undefined || Number.isNaN(value) ? '' : value.toFixed(value >= 100 ? 0 : digits));

/** The figures as an aligned text table. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = [
    ['group', 'figure', 'median', 'p95', 'unit', 'floor', 'floor p95', 'ratio', 'target', 'met'],
    ...figures.map((f) => [
      f.group,
      f.name,
      number(f.median),
      number(f.p95),
      f.unit,
      f.floor?.name ?? '',
      number(f.floor?.p95),
      f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}x`,
      f.target ?? '',
      f.met === undefined ? '' : f.met ? 'yes' : 'NO',
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd()).join('\n');
}
