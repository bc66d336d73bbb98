// Where a library keeps its newsroom token. The library itself holds only which keeper has it and
// in which file: the app encrypts the token with the operating system's keychain (Electron's
// safeStorage, main/app/keychainSecrets.ts); the CLI and the test host, which have no keychain
// of Electron's, keep it in a file only its owner can read.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';

export type SecretKind = 'file' | 'keychain';

export interface SecretStore {
  readonly kind: SecretKind;
  /** Keeps `token` in `file`, readable by its owner only. */
  save(file: string, token: string): void;
  /** The token kept in `file`; throws when it cannot be read or decrypted. */
  load(file: string): string;
}

/** Writes `bytes` to `file` with mode 0600, also when an earlier file was left with another mode. */
export function writeOwnerOnly(file: string, bytes: string | Uint8Array): void {
  writeFileSync(file, bytes, { mode: 0o600 });
  chmodSync(file, 0o600);
}

export const ownerOnlyFileSecrets: SecretStore = {
  kind: 'file',
  save: (file, token) => writeOwnerOnly(file, `${token}\n`),
  load: (file) => readFileSync(file, 'utf8').trim(),
};
