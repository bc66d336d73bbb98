import { channelOf, MENU_CHANNEL, MENU_COMMANDS, METHOD_NAMES, type MenuCommand } from '../../src/api/contract';
import type { GalleyApi } from '../../src/api/galleyApi';
import type { ApiResult } from '../../src/api/result';

export type Invoke = (channel: string, input: unknown) => Promise<ApiResult<unknown>>;
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/**
 * window.galley: one function per contract method, each forwarding its single input object on
 * the method's own channel. Shared by the Electron preload and the loopback test host, so both
 * expose exactly the same names.
 */
export function buildGalleyApi(invoke: Invoke, subscribe: Subscribe): GalleyApi {
  const api: Record<string, unknown> = {};
  for (const name of METHOD_NAMES) api[name] = (input: unknown) => invoke(channelOf(name), input);
  api.onMenuCommand = (listener: (command: MenuCommand) => void) =>
    subscribe(MENU_CHANNEL, (payload) => {
      if (MENU_COMMANDS.includes(payload as MenuCommand)) listener(payload as MenuCommand);
    });
  return Object.freeze(api) as unknown as GalleyApi;
}
