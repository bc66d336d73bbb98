// The app's keeper of the newsroom token: encrypted with the operating system's keychain through
// Electron's safeStorage, the ciphertext written beside the library.
import { readFileSync } from 'node:fs';
import type { SafeStorage } from 'electron';
import { GalleyError } from '../../src/api/result';
import { writeOwnerOnly, type SecretStore } from '../services/newsroom/secretStore';

export function keychainSecrets(safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>): SecretStore {
  return {
    kind: 'keychain',
    save(file, token) {
      if (!safeStorage.isEncryptionAvailable()) {
        throw new GalleyError('io', 'This system offers Galley no keychain to keep the newsroom token in, so it is not kept; connect from the command line (galley connect) instead.');
      }
      writeOwnerOnly(file, safeStorage.encryptString(token));
    },
    load: (file) => safeStorage.decryptString(readFileSync(file)),
  };
}
