import type { MenuCommand, MethodInput, MethodName, MethodResult } from './contract';
import type { ApiResult } from './result';

/** `window.galley`: one async function per contract method, plus event subscriptions. */
export type GalleyMethods = {
  [K in MethodName]: (input: MethodInput<K>) => Promise<ApiResult<MethodResult<K>>>;
};

export interface GalleyEvents {
  /** Commands from the native menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export type GalleyApi = GalleyMethods & GalleyEvents;
