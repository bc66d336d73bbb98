// Which newsroom server this library syncs with, and the token it uses. The library holds the
// address and where the token is; the token itself never goes into the library in plain text.
// Under Node (the CLI, the test host) it lives in a credentials file beside the library that
// only its owner can read (0600); the app keeps it with Electron's safeStorage instead, which
// is why the setting names a kind of keeper (secretStore.ts).
import { rmSync } from 'node:fs';
import { GalleyError } from '../../../src/api/result';
import type { StorePort } from '../../store/storePort';
import { ownerOnlyFileSecrets, type SecretKind, type SecretStore } from './secretStore';

const SETTING = 'newsroom.connection';

type StoredConnection = { url: string; credentials: { kind: SecretKind; file: string } };

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

/** Checks the token's shape before anything is written. */
export function checkInvitationToken(token: string): void {
  if (!/^[\w-]{16,512}$/.test(token)) throw new GalleyError('invalid-input', 'That is not an invitation token: paste the whole line `user add` printed.');
}

export async function connectNewsroom(
  store: StorePort,
  library: string,
  url: string,
  token: string,
  secrets: SecretStore = ownerOnlyFileSecrets,
): Promise<{ url: string; credentialsFile: string }> {
  checkInvitationToken(token);
  const address = parseNewsroomUrl(url);
  const file = credentialsFileOf(library);
  secrets.save(file, token);
  await store.setSetting(SETTING, { url: address, credentials: { kind: secrets.kind, file } } satisfies StoredConnection);
  return { url: address, credentialsFile: file };
}

/** The address this library syncs with, without reading the token; null when not connected. */
export async function connectedUrl(store: StorePort): Promise<string | null> {
  const stored = (await store.getSetting(SETTING)) as StoredConnection | null | undefined;
  return stored?.url ?? null;
}

/** The connection, or null when this library is not connected to a newsroom. */
export async function readConnection(store: StorePort, secrets: SecretStore = ownerOnlyFileSecrets): Promise<NewsroomConnection | null> {
  const stored = (await store.getSetting(SETTING)) as StoredConnection | null | undefined;
  if (!stored) return null;
  if (stored.credentials.kind !== secrets.kind) {
    const where = stored.credentials.kind === 'keychain' ? "the app's keychain" : 'a file only the command line reads';
    throw new GalleyError('io', `This library's newsroom token is kept in ${where}, which cannot be read here; connect again here with the invitation token.`);
  }
  let token: string;
  try {
    token = secrets.load(stored.credentials.file);
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
