import { defineConfig } from 'vite';

// The renderer: React + TipTap, bundled into out/renderer and loaded from app:// in Electron
// or from the loopback test host. Relative base so both serve it from their own origin.
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2_000,
  },
  esbuild: { jsx: 'automatic' },
});
