// The packaged app's Electron fuses, read from electron-builder.yml the way electron-builder
// reads and validates it (a misspelt fuse would otherwise be ignored or fail only at `dist`).
// scripts/check-package.mjs checks that the packaged binary comes out with them flipped.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const REPO = new URL('../../..', import.meta.url).pathname;

describe('the packaged app’s Electron fuses', () => {
  it('turn off every way to run other code through Galley and keep its cookies encrypted', async () => {
    const config = await getConfig(REPO, 'electron-builder.yml', null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
