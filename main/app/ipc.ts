import { channelOf, METHOD_NAMES } from '../../src/api/contract';
import type { ApiResult } from '../../src/api/result';
import { dispatch } from '../services/dispatch';
import type { ServiceHandlers } from '../services/services';
import { isTrustedSender, type SenderFrame } from './security';

/** The part of ipcMain this needs; a small interface so the registration is unit-tested without Electron. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: { senderFrame: SenderFrame | null }, input: unknown) => Promise<ApiResult<unknown>>): void;
}

const REFUSED: ApiResult<never> = {
  ok: false,
  error: { code: 'invalid-input', message: 'Refused: this request did not come from Galley’s own page.' },
};

/**
 * One handler per contract method, derived from the contract. Each checks that the sender is
 * our page's main frame, then validates and dispatches exactly as every other shell does.
 */
export function registerIpc(ipc: IpcRegistrar, handlers: ServiceHandlers): void {
  for (const name of METHOD_NAMES) {
    ipc.handle(channelOf(name), async (event, input) => (isTrustedSender(event.senderFrame) ? dispatch(handlers, name, input) : REFUSED));
  }
}
