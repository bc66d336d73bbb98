// Runs in the page served by the loopback test host, before the app: it plays the preload's
// part, building window.galley from the same contract, over HTTP instead of IPC.
import { buildGalleyApi } from '../../main/preload/buildGalleyApi';
import { IPC_PREFIX, MENU_CHANNEL } from '../../src/api/contract';
import type { ApiResult } from '../../src/api/result';

/**
 * The host's token arrives only in the fragment of the URL it prints (`#token=...`), which no
 * request carries. It is kept in this origin's storage, so a reload, a second window and the
 * app's own `#/story/...` routes keep working, and the fragment goes back to the app's routes.
 */
function hostToken(): string {
  const KEY = 'galley-host-token';
  const given = /^#token=([0-9a-f]+)$/.exec(window.location.hash)?.[1];
  if (given) {
    localStorage.setItem(KEY, given);
    history.replaceState(null, '', '#/');
  }
  return localStorage.getItem(KEY) ?? '';
}

const token = hostToken();
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
