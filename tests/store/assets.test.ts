import { readFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAsset, assetFolderOf, serveAsset } from '../../main/services/assets';
import { seedSamples } from '../../main/services/samples';
import { createServices } from '../../main/services/services';
import { Store } from '../../main/store/store';
import { inProcessStore } from '../../main/store/storePort';
import { closeTestLibrary, openTestLibrary, type TempFolder } from '../support/tempLibrary';

const PNG = readFileSync(new URL('../../assets/samples/images/sample-lighthouse.png', import.meta.url));
let folder: TempFolder;
let store: Store;
beforeEach(() => ({ folder, store } = openTestLibrary()));
afterEach(() => closeTestLibrary(folder, store));

describe('assets (migration 0030)', () => {
  it('stores an image once under its SHA-256 and records its metadata', async () => {
    const assets = assetFolderOf(store.file);
    const first = await addAsset(inProcessStore(store), assets, { name: '/tmp/evil/../light.png', bytes: PNG }, new Date('2026-11-27T10:00:00Z'));
    const again = await addAsset(inProcessStore(store), assets, { name: 'copy.png', bytes: PNG });
    const id = createHash('sha256').update(PNG).digest('hex');
    expect(first).toEqual({ id, mediaType: 'image/png', bytes: PNG.length, name: 'light.png', createdAt: '2026-11-27T10:00:00.000Z' });
    expect(again).toEqual(first);
    expect(readFileSync(join(assets, id))).toEqual(PNG);
    const served = await serveAsset(assets, id);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect((await serveAsset(assets, '../library.galley')).status).toBe(404);
  });

  it('sweeps the temporary files a crash left in the asset folder when the library opens, and nothing else', async () => {
    const assets = assetFolderOf(store.file);
    const { id } = await addAsset(inProcessStore(store), assets, { name: 'light.png', bytes: PNG });
    // No pid reaches 2^22 on Linux: that writer is gone. The test's own pid is a writer still running.
    const crashed = `.${id}.4194999.${Date.now()}.tmp`;
    const running = `.${id}.${process.pid}.${Date.now()}.tmp`;
    const dayOld = `.${id}.${process.pid}.${Date.now() - 2 * 24 * 3600 * 1000}.tmp`;
    mkdirSync(assets, { recursive: true });
    for (const name of [crashed, running, dayOld, 'notes.tmp', '.hidden']) writeFileSync(join(assets, name), PNG.subarray(0, 100));
    createServices(inProcessStore(store), { folder: assets, baseUrl: './asset/' });
    expect(readdirSync(assets).sort()).toEqual(['.hidden', running, id, 'notes.tmp'].sort());
    expect(readFileSync(join(assets, id))).toEqual(PNG);
  });

  it('refuses a non-image without writing anything', async () => {
    const assets = assetFolderOf(store.file);
    await expect(addAsset(inProcessStore(store), assets, { name: 'a.png', bytes: Buffer.from('not an image') })).rejects.toThrow(/not a PNG/);
    expect(existsSync(assets)).toBe(false);
  });

  it('seeds the sample feature with its photos as asset ids', async () => {
    const port = inProcessStore(store);
    await seedSamples(port, new URL('../../assets/samples', import.meta.url).pathname, assetFolderOf(store.file));
    const feature = store.listStories({ limit: 10 }).stories.find((s) => s.slug === 'LIGHTHOUSE-KEEPERS')!;
    const body = JSON.stringify(store.getStory(feature.id).body);
    expect(body).not.toContain('sample-lighthouse');
    expect(body).toContain(createHash('sha256').update(PNG).digest('hex'));
  });

  it('keeps a house dictionary shared by the library', () => {
    expect(store.addToHouseDictionary('Zelenskyy')).toEqual(['Zelenskyy']);
    expect(store.addToHouseDictionary('Ardern')).toEqual(['Ardern', 'Zelenskyy']);
    expect(store.getHouseDictionary()).toEqual(['Ardern', 'Zelenskyy']);
  });
});
