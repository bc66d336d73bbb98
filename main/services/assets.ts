import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { GalleyError } from '../../src/api/result';
import type { AssetInfo } from '../../src/api/types';
import { imageProblem, isAssetId, sniffImageType } from '../../src/editor/figure';
import type { StorePort } from '../store/storePort';
import { writeFileAtomic } from '../../node/atomicWrite';
import { sha256 } from '../../node/sha256';

/** Where a library's images live, and how the page addresses them. */
export interface AssetOptions {
  /** The asset folder (see assetFolderOf). Created on the first image. */
  folder: string;
  /** URL prefix the page puts before an asset id: `galley-asset://asset/` in Electron, `./asset/` in the test host. */
  baseUrl: string;
}

/** The asset folder sits beside the library file (`library.galley.assets/`), so copying both moves a library whole. */
export function assetFolderOf(libraryFile: string): string {
  return `${libraryFile}.assets`;
}

/**
 * Adds an image to the library: checked by its bytes, stored once under its SHA-256 (the file
 * is written before the row, so a row always has its file), recorded in the store.
 */
export async function addAsset(store: StorePort, folder: string, input: { name: string; bytes: Uint8Array }, now = new Date()): Promise<AssetInfo> {
  const name = basename(input.name) || 'image';
  const problem = imageProblem(name, input.bytes.length, input.bytes.subarray(0, 16));
  if (problem) throw new GalleyError('invalid-input', problem);
  const mediaType = sniffImageType(input.bytes)!;
  const id = sha256(input.bytes);
  const file = join(folder, id);
  try {
    mkdirSync(folder, { recursive: true });
    if (!existsSync(file)) writeFileAtomic(file, input.bytes);
  } catch (error) {
    throw new GalleyError('io', `Could not store the image “${name}” in ${folder}: ${(error as Error).message}`);
  }
  return store.putAsset({ id, mediaType, bytes: input.bytes.length, name, createdAt: now.toISOString() });
}

/** Adds an image file from disk (sample photos on first run). */
export function addAssetFile(store: StorePort, folder: string, path: string): Promise<AssetInfo> {
  return addAsset(store, folder, { name: basename(path), bytes: readFileSync(path) });
}

/**
 * An asset as an HTTP response, for the `galley-asset:` scheme and the test host. The type is
 * read from the bytes again, and `nosniff` keeps the browser from guessing anything else.
 */
export async function serveAsset(folder: string, id: string): Promise<Response> {
  if (!isAssetId(id)) return new Response('Not found', { status: 404 });
  try {
    const bytes = await readFile(join(folder, id));
    const type = sniffImageType(bytes);
    if (!type) return new Response('Not found', { status: 404 });
    return new Response(bytes, {
      headers: { 'content-type': type, 'x-content-type-options': 'nosniff', 'cache-control': 'private, max-age=31536000, immutable' },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
