// A large import file is read on a wire worker, never on the thread that answers the window's
// calls (issue 19 item 7): a 10 MB NITF of a million paragraphs held the Electron main process,
// and so the window, for 16 s. The worker here is the built one behind a gate the test opens,
// so "the services answer while the file is being read" is an order of events, not a race.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWirePool, type WireRenderer } from '../../main/services/desk/wirePool';
import { createServices, type ServiceHandlers } from '../../main/services/services';
import type { Store } from '../../main/store/store';
import { inProcessStore } from '../../main/store/storePort';
import { closeTestLibrary, openTestLibrary, type TempFolder } from '../support/tempLibrary';

const WORKER = join(__dirname, '../../out/main/wireWorker.cjs');

/** About 10 MB of NITF: a million one-letter paragraphs, under the byte limit and far over the element limit. */
const MANY_PARAGRAPHS = `<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Long</title></head><body><body.head><hedline><hl1>A very long story</hl1></hedline></body.head><body.content>
${'<p>a</p>\n'.repeat(1_150_000)}</body.content></body></nitf>
`;

let folder: TempFolder;
let store: Store;
let pool: WireRenderer;
let services: ServiceHandlers;
let gate: string;

beforeEach(() => {
  if (!existsSync(WORKER)) throw new Error('out/main/wireWorker.cjs is missing: run `node scripts/build.mjs` first.');
  ({ folder, store } = openTestLibrary());
  // The worker waits on a FIFO before it starts the real wire worker: what is sent to it queues
  // until the test writes to the FIFO.
  gate = folder.file('gate.fifo');
  execFileSync('mkfifo', [gate]);
  const gatedWorker = folder.file('gatedWireWorker.cjs');
  writeFileSync(gatedWorker, `require('node:fs').readFileSync(${JSON.stringify(gate)});\nrequire(${JSON.stringify(WORKER)});\n`);
  pool = openWirePool(gatedWorker, { size: 1 });
  services = createServices(inProcessStore(store), { folder: folder.file('assets'), baseUrl: 'galley-asset://' }, { renderer: pool });
});
afterEach(async () => {
  await pool.close();
  closeTestLibrary(folder, store);
});

describe('a large import', () => {
  it('is read off the calling thread: other calls are answered while it waits, then it is refused by its element count', { timeout: 120_000 }, async () => {
    let settled = false;
    const importing = services.importFiles({ files: [{ name: 'long.nitf.xml', text: MANY_PARAGRAPHS }] }).finally(() => {
      settled = true;
    });
    importing.catch(() => {});
    await services.createStory({ fields: { headline: 'Written while the import is read' } });
    expect((await services.listStories({ limit: 10 })).stories.map((story) => story.headline)).toEqual(['Written while the import is read']);
    expect(settled).toBe(false);

    writeFileSync(gate, 'open');
    await expect(importing).rejects.toThrow(
      'long.nitf.xml: The NITF file has 1,150,008 elements; Galley reads at most 50,000 for one story (a long story has a few thousand). Split it into several files. Nothing was imported.',
    );
    expect((await services.listStories({ limit: 10 })).total).toBe(1);
  });
});
