import type { GalleyApi } from '../src/api/galleyApi';

declare global {
  interface Window {
    /** Built by the preload (Electron) or the loopback test host from the contract. */
    readonly galley: GalleyApi;
  }
}
