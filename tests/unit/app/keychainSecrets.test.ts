// The app's newsroom token keeper: what lands on disk is the keychain's ciphertext, for the owner
// only; a system with no keychain keeps nothing and says so. safeStorage itself exists only
// inside Electron, so a stand-in with its contract (bytes in, the same string out) plays it.
import { readFileSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keychainSecrets } from '../../../main/app/keychainSecrets';
import { tempFolder } from '../../support/tempLibrary';

let folder = tempFolder('galley-keychain-');
beforeEach(() => (folder = tempFolder('galley-keychain-')));
afterEach(() => folder.cleanup());

const scramble = (text: string) => Buffer.from([...Buffer.from(text)].map((byte) => byte ^ 0x5a));
const keychain = (available: boolean) => ({
  isEncryptionAvailable: () => available,
  encryptString: (text: string) => scramble(text),
  decryptString: (bytes: Buffer) => scramble(bytes.toString('latin1')).toString('latin1'),
});

describe('keychainSecrets', () => {
  it('writes only the encrypted token beside the library, readable by its owner, and reads it back', () => {
    const secrets = keychainSecrets(keychain(true));
    const file = folder.file('desk.galley.newsroom-token');
    secrets.save(file, 'secret-token-0123456789');
    expect(readFileSync(file, 'latin1')).not.toContain('secret-token');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(secrets.load(file)).toBe('secret-token-0123456789');
  });

  it('keeps nothing when the system has no keychain, and says what to do', () => {
    const file = folder.file('desk.galley.newsroom-token');
    expect(() => keychainSecrets(keychain(false)).save(file, 'secret-token-0123456789')).toThrow(/no keychain.*galley connect/);
    expect(() => statSync(file)).toThrow();
  });
});
