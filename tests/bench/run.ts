// `npm run bench [-- --stories N] [--cache] [--out FILE]`: every benchmark figure beside its floor,
// printed as a table and written to bench-results.json. See docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { assetFolderOf } from '../../main/services/assets';
import { createServices } from '../../main/services/services';
import { Store } from '../../main/store/store';
import { openStoreWorker } from '../../main/store/storeClient';
import { runHooks } from './hooks';
import { generateLibrary, readLibraryInfo, type LibraryInfo } from './generateLibrary';
import { benchMemory } from './hostBench';
import { benchList, benchLongStory } from './libraryBench';
import { describeMachine, formatTable, type Figure } from './measure';
import { benchSearch } from './searchBench';
import { benchExport, benchImport } from './wireBench';

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '100000' },
    cache: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results.json' },
  },
});
const stories = Number(values.stories);
if (!Number.isInteger(stories) || stories < 100) throw new Error('--stories takes a whole number of at least 100');

const log = (text: string) => process.stderr.write(`${text}\n`);

/** The store worker and the host are built bundles: build them so they match the sources. */
function ensureBuilt(): void {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
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
  ensureBuilt();
  const work = mkdtempSync(join(tmpdir(), 'galley-bench-'));
  const figures: Figure[] = [];
  const results: Record<string, unknown> = { date: new Date().toISOString(), machine: describeMachine(), stories };
  try {
    const library = prepareLibrary(work);
    results.libraryGeneration = { seconds: library.seconds || null, cached: library.seconds === 0 };
    const port = await openStoreWorker(library.file, resolve('out/main/storeWorker.cjs'));
    const services = createServices(port, { folder: assetFolderOf(library.file), baseUrl: './asset/' });
    try {
      log('bench: search');
      const search = await benchSearch(services, library.file);
      figures.push(...search.figures);
      results.searchPerQuery = search.perQuery;
      log('bench: library list');
      figures.push(...(await benchList(services, library.file)));
      log('bench: open and save a 20,000-word story');
      figures.push(...(await benchLongStory(services, library.file, library.longStoryId)));
    } finally {
      await port.close();
    }
    log('bench: import and export');
    figures.push(...(await benchImport(work)));
    figures.push(...(await benchExport()));
    log('bench: host memory');
    const empty = join(work, 'empty.galley');
    new Store(empty).close();
    figures.push(...(await benchMemory(library.file, empty, library.longStoryId)));
    log('bench: other engineers’ benches');
    const hooks = await runHooks({ libraryFile: library.file, workFolder: work });
    figures.push(...hooks.figures);
    results.hooks = hooks.notes;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  results.figures = figures;
  writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
  const machine = results.machine as ReturnType<typeof describeMachine>;
  console.log(`Galley benchmarks, ${results.date}: ${stories} stories`);
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGB} GB RAM, ${machine.os}, Node ${machine.node}, load average ${machine.loadAverage1m} at the start\n`);
  console.log(formatTable(figures));
  for (const f of figures.filter((x) => x.note)) console.log(`  ${f.group} / ${f.name}: ${f.note}`);
  console.log(`\nWrote ${values.out}`);
}

await main();
