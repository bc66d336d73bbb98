// The sandboxed preload: builds window.galley from the contract's method names, nothing else.
// Only invoke on the contract's own channels is exposed; the page never sees ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { buildGalleyApi } from './buildGalleyApi';

contextBridge.exposeInMainWorld(
  'galley',
  buildGalleyApi(
    (channel, input) => ipcRenderer.invoke(channel, input),
    (channel, listener) => {
      const wrapped = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => ipcRenderer.removeListener(channel, wrapped);
    },
  ),
);
