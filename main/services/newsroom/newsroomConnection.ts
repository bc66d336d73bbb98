// Which newsroom server this library syncs with, and the token it uses. The library holds the
// address and where the token is; the token itself never goes into the library in plain text.
// Under Node (the CLI, the test host) it lives in a credentials file beside the library that
// only its owner can read (0600); the app will keep it with Electron's safeStorage instead,
// which is why the setting names a kind of keeper.
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { GalleyError } from '../../../src/api/result';
import type { StorePort } from '../../store/storePort';

const SETTING = 'newsroom.connection';

type StoredConnection = { url: string; credentials: { kind: 'file'; file: string } };

export type NewsroomConnection = Readonly<{ url: string; token: string }>;

/** The credentials file of a library: beside it, readable by its owner only. */
export function credentialsFileOf(library: string): string {
  return `${library}.newsroom-token`;
}

/** A newsroom address as typed: ws(s):// as the server prints it, or http(s):// for the same place. */
export function parseNewsroomUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new GalleyError('invalid-input', `"${text}" is not an address; give the one the newsroom server prints, e.g. ws://newsroom.example:1234.`);
  }
  const protocol = { 'ws:': 'ws:', 'wss:': 'wss:', 'http:': 'ws:', 'https:': 'wss:' }[url.protocol];
  if (!protocol) throw new GalleyError('invalid-input', `"${text}" is not a newsroom address: it must start with ws://, wss://, http:// or https://.`);
  url.protocol = protocol;
  return url.href.replace(/\/$/, '');
}

export async function connectNewsroom(store: StorePort, library: string, url: string, token: string): Promise<{ url: string; credentialsFile: string }> {
  if (!/^[\w-]{16,512}$/.test(token)) throw new GalleyError('invalid-input', 'That is not an invitation token: paste the whole line `user add` printed.');
  const address = parseNewsroomUrl(url);
  const file = credentialsFileOf(library);
  // mode applies only when the file is made; chmod covers one left from an earlier connect.
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  await store.setSetting(SETTING, { url: address, credentials: { kind: 'file', file } } satisfies StoredConnection);
  return { url: address, credentialsFile: file };
}

/** The connection, or null when this library is not connected to a newsroom. */
export async function readConnection(store: StorePort): Promise<NewsroomConnection | null> {
  const stored = (await store.getSetting(SETTING)) as StoredConnection | null | undefined;
  if (!stored) return null;
  let token: string;
  try {
    token = readFileSync(stored.credentials.file, 'utf8').trim();
  } catch (error) {
    throw new GalleyError('io', `The newsroom token file ${stored.credentials.file} cannot be read (${(error as Error).message}); connect again with galley connect URL --token T.`);
  }
  return { url: stored.url, token };
}

/** Forgets the server and the token; the library's stories, shared or not, stay as they are. */
export async function disconnectNewsroom(store: StorePort): Promise<string | null> {
  const stored = (await store.getSetting(SETTING)) as StoredConnection | null | undefined;
  if (!stored) return null;
  rmSync(stored.credentials.file, { force: true });
  await store.setSetting(SETTING, null);
  return stored.url;
}
