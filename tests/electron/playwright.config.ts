import { defineConfig } from '@playwright/test';

// `npm run test:electron`: the real Electron app, for machines where the Electron binary is
// installed (a normal `npm install`). Not part of `npm test`: the binary cannot be downloaded
// on the build machines.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  timeout: 60_000,
});
