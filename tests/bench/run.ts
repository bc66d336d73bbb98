// `npm run bench [-- --stories N] [--cache] [--out FILE] [--only search,list,...]`: every benchmark figure beside its floor,
// printed as a table and written to bench-results.json. See docs/benchmarks.md.
// `npm run bench -- --only newsroom [--people N] [--stories N] [--duration S] [--seed N]`: the newsroom under load alone.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { assetFolderOf } from '../../main/services/assets';
import { createServices } from '../../main/services/services';
import { Store } from '../../main/store/store';
import { openStoreWorker } from '../../main/store/storeClient';
import { HOOKS } from './hooks';
import { generateLibrary, readLibraryInfo, type LibraryInfo } from './generateLibrary';
import { benchMemory } from './hostBench';
import { benchList, benchLongStory } from './libraryBench';
import { describeMachine, formatTable, type Figure } from './measure';
import { NEWSROOM_DEFAULTS, benchNewsroom } from './newsroomBench';
import { benchSearch } from './searchBench';
import { benchExport, benchImport, benchPaste } from './wireBench';

const { values } = parseArgs({
  options: {
    stories: { type: 'string' },
    cache: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results.json' },
    only: { type: 'string' },
    people: { type: 'string' },
    duration: { type: 'string' },
    seed: { type: 'string' },
  },
});
/** `--only search,editor`: run just the sections whose names start with one of these words. */
const only = values.only?.split(',').map((word) => word.trim().toLowerCase()).filter(Boolean) ?? null;
/** Whether a section runs: every one, or those `--only` names. */
const wants = (name: string) => !only || only.some((word) => name.startsWith(word));
/**
 * The newsroom load needs neither the build nor the generated library: run alone, it skips both,
 * and `--stories` counts the stories open in the newsroom instead of the library's.
 */
const newsroomOnly = only !== null && only.every((word) => 'newsroom'.startsWith(word));
const stories = Number(values.stories ?? 100_000);
if (!newsroomOnly && (!Number.isInteger(stories) || stories < 100)) throw new Error('--stories takes a whole number of at least 100');
const newsroomOptions = {
  ...NEWSROOM_DEFAULTS,
  ...(newsroomOnly && values.stories !== undefined ? { stories } : {}),
  ...(values.people !== undefined ? { people: Number(values.people) } : {}),
  ...(values.duration !== undefined ? { durationSeconds: Number(values.duration) } : {}),
  ...(values.seed !== undefined ? { seed: Number(values.seed) } : {}),
};
if (!(newsroomOptions.durationSeconds > 0)) throw new Error(`--duration takes a number of seconds above 0 (got "${values.duration}")`);
if (!Number.isInteger(newsroomOptions.seed)) throw new Error(`--seed takes a whole number (got "${values.seed}")`);

const log = (text: string) => process.stderr.write(`${text}\n`);

/**
 * The store worker and the host are built bundles: rebuild the Node side so they match the
 * sources (`--node-only` leaves out/ in place for anyone else using it); the renderer only if missing.
 */
function ensureBuilt(): void {
  const args = existsSync('out/renderer/index.html') ? ['scripts/build.mjs', '--node-only'] : ['scripts/build.mjs'];
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    if (!existsSync('out/main/storeWorker.cjs') || !existsSync('out/host/host.cjs')) throw new Error('the build failed and there is no earlier build in out/');
    log('bench: the build failed; using the earlier build in out/');
  }
}

/**
 * The library to measure, in `work`. With --cache, a library built by an earlier run is copied
 * (so the figures always start from the same file, not one earlier saves have grown).
 */
function prepareLibrary(work: string): LibraryInfo {
  const file = join(work, 'library.galley');
  const cacheDir = join(tmpdir(), 'galley-bench');
  const cached = join(cacheDir, `library-${stories}.galley`);
  if (values.cache && readLibraryInfo(cached, stories)) {
    log(`bench: reusing ${cached}`);
    copyFileSync(cached, file);
    return readLibraryInfo(file, stories)!;
  }
  log(`bench: generating a library of ${stories} stories (pass --cache to keep it for the next run)`);
  const info = generateLibrary({ stories, file, onProgress: (n) => process.stderr.write(`\r  ${n} stories`) });
  log(`\n  done in ${info.seconds.toFixed(0)} s`);
  if (values.cache) {
    mkdirSync(cacheDir, { recursive: true });
    copyFileSync(file, cached);
  }
  return info;
}

async function main(): Promise<void> {
  if (!newsroomOnly) ensureBuilt();
  const work = mkdtempSync(join(tmpdir(), 'galley-bench-'));
  const figures: Figure[] = [];
  const results: Record<string, unknown> = { date: new Date().toISOString(), machine: describeMachine(), stories: newsroomOnly ? null : stories };
  const errors: Record<string, string> = {};
  const lines: string[] = [];
  /** A section that fails is reported in the results; the others still run. */
  const section = async (name: string, run: () => Promise<Figure[]>) => {
    if (!wants(name)) return;
    log(`bench: ${name}`);
    try {
      figures.push(...(await run()));
    } catch (error) {
      errors[name] = (error as Error).message;
      log(`  failed: ${(error as Error).message}`);
    }
  };
  try {
    if (!newsroomOnly) await librarySections(work, results, section);
    await section('newsroom', async () => {
      const { figures: found, result, lines: verdicts } = await benchNewsroom({ ...newsroomOptions, progress: (line) => log(`  ${line}`) });
      const { latencies, floorLatencies, ...summary } = result;
      results.newsroom = { ...summary, latencySamples: latencies.length, floorSamples: floorLatencies.length, verdicts };
      lines.push(...verdicts);
      return found;
    });
    results.errors = errors;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  results.figures = figures;
  writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
  const machine = results.machine as ReturnType<typeof describeMachine>;
  console.log(`Galley benchmarks, ${results.date}: ${newsroomOnly ? 'the newsroom alone' : `${stories} stories`}`);
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGB} GB RAM, ${machine.os}, Node ${machine.node}, load average ${machine.loadAverage1m} at the start\n`);
  console.log(formatTable(figures));
  for (const f of figures.filter((x) => x.note)) console.log(`  ${f.group} / ${f.name}: ${f.note}`);
  for (const line of lines) console.log(line);
  console.log(`\nWrote ${values.out}`);
}

type Section = (name: string, run: () => Promise<Figure[]>) => Promise<void>;

/** Every section that works on the generated library (and the built app). */
async function librarySections(work: string, results: Record<string, unknown>, section: Section): Promise<void> {
  const library = prepareLibrary(work);
  results.libraryGeneration = { seconds: library.seconds || null, cached: library.seconds === 0 };
  const port = await openStoreWorker(library.file, resolve('out/main/storeWorker.cjs'));
  const services = createServices(port, { folder: assetFolderOf(library.file), baseUrl: './asset/' });
  try {
    await section('search', async () => {
      const search = await benchSearch(services, library.file);
      results.searchPerQuery = search.perQuery;
      return search.figures;
    });
    await section('library list', () => benchList(services, library.file));
    await section('open and save a 20,000-word story', () => benchLongStory(services, library.file, library.longStoryId));
  } finally {
    await port.close();
  }
  await section('import', () => benchImport(work));
  await section('export', () => benchExport());
  await section('paste import', () => benchPaste());
  await section('host memory', () => {
    const empty = join(work, 'empty.galley');
    new Store(empty).close();
    return benchMemory(library.file, empty, library.longStoryId);
  });
  const hookNotes: Record<string, unknown> = {};
  for (const hook of HOOKS) {
    await section(hook.name, async () => {
      const { figures: found, notes } = await hook.run({ libraryFile: library.file, workFolder: work });
      Object.assign(hookNotes, notes);
      return found;
    });
  }
  results.hooks = hookNotes;
}

await main();
