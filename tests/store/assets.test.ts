import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAsset, assetFolderOf, serveAsset } from '../../main/services/assets';
import { seedSamples } from '../../main/services/samples';
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
