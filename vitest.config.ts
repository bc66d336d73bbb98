import { defineConfig } from 'vitest/config';
import { isDroppedRelayCommand } from './server/droppedRelayCommand';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/store/**/*.test.ts', 'tests/faults/**/*.test.ts', 'tests/fuzz/**/*.test.ts', 'tests/server/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // The server tests run the newsroom server in-process; what its entry point (server/main.ts)
    // tolerates there, a relay command dropped while Redis is away, is not a test failure here.
    onUnhandledError: (error) => !isDroppedRelayCommand(error),
  },
});
