// `npx tsx tests/bench/largeImport.ts [--in-process]`: what a 10 MB NITF of a million paragraphs
// costs the process that answers the window (issue 19 item 7): time until it is refused, the
// longest the calling thread's event loop was held (the window's freeze, for the app), and the
// process's peak memory. Uses the built wire worker (node scripts/build.mjs) unless --in-process.
import { join } from 'node:path';
import { openWirePool } from '../../main/services/desk/wirePool';
import { createServices } from '../../main/services/services';
import { inProcessStore } from '../../main/store/storePort';
import { closeTestLibrary, openTestLibrary } from '../support/tempLibrary';

const inProcess = process.argv.includes('--in-process');
const text = `<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><title>Long</title></head><body><body.head><hedline><hl1>Long</hl1></hedline></body.head><body.content>\n${'<p>a</p>\n'.repeat(1_150_000)}</body.content></body></nitf>\n`;
const { folder, store } = openTestLibrary('galley-bench-');
const pool = inProcess ? undefined : openWirePool(join(process.cwd(), 'out/main/wireWorker.cjs'));
const services = createServices(inProcessStore(store), { folder: folder.file('assets'), baseUrl: 'galley-asset://' }, pool ? { renderer: pool } : {});
// Twice: the first import also starts a worker (it loads the wire code, about half a second).
for (const run of ['first', 'second']) {
  // The longest gap between ticks of a 5 ms timer: how long the thread could not answer anything.
  let last = performance.now();
  let held = 0;
  const ticker = setInterval(() => {
    held = Math.max(held, performance.now() - last);
    last = performance.now();
  }, 5);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const started = performance.now();
  const outcome = await services.importFiles({ files: [{ name: 'long.nitf.xml', text }] }).then(
    (stories) => `imported ${stories.length} stories`,
    (error: Error) => `refused: ${error.message}`,
  );
  const elapsed = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(ticker);
  console.log(`${inProcess ? 'in-process' : 'wire worker'}, ${run} import: ${(text.length / 1024 / 1024).toFixed(1)} MB NITF ${outcome.slice(0, 100)}`);
  console.log(`  answered in ${(elapsed / 1000).toFixed(2)} s; calling thread held at most ${held.toFixed(0)} ms; peak RSS so far ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}
await pool?.close();
closeTestLibrary(folder, store);
