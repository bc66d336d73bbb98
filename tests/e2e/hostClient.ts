// Runs in the page served by the loopback test host, before the app: it plays the preload's
// part, building window.galley from the same contract, over HTTP instead of IPC.
import { buildGalleyApi } from '../../main/preload/buildGalleyApi';
import { IPC_PREFIX, MENU_CHANNEL } from '../../src/api/contract';
import type { ApiResult } from '../../src/api/result';

const script = document.currentScript as HTMLScriptElement;
const token = script.dataset.token ?? '';
const menu = new EventTarget();

async function invoke(channel: string, input: unknown): Promise<ApiResult<unknown>> {
  const method = channel.slice(IPC_PREFIX.length);
  try {
    const response = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-galley-token': token },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as ApiResult<unknown>;
  } catch (error) {
    return { ok: false, error: { code: 'io', message: `The Galley service did not answer: ${(error as Error).message}` } };
  }
}

Object.defineProperty(window, 'galley', {
  value: buildGalleyApi(invoke, (channel, listener) => {
    const handler = (event: Event) => listener((event as CustomEvent).detail);
    menu.addEventListener(channel, handler);
    return () => menu.removeEventListener(channel, handler);
  }),
  enumerable: true,
});

// The test double for the native menu: tests fire what a menu click would send.
Object.defineProperty(window, 'galleyTestHost', {
  value: Object.freeze({ menu: (command: string) => menu.dispatchEvent(new CustomEvent(MENU_CHANNEL, { detail: command })) }),
});
