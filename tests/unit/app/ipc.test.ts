import { describe, expect, it } from 'vitest';
import { channelOf, METHOD_NAMES } from '../../../src/api/contract';
import type { ApiResult } from '../../../src/api/result';
import { registerIpc, type IpcRegistrar } from '../../../main/app/ipc';
import { dispatch } from '../../../main/services/dispatch';
import type { ServiceHandlers } from '../../../main/services/services';

type Listener = Parameters<IpcRegistrar['handle']>[1];

function register() {
  const listeners = new Map<string, Listener>();
  const calls: unknown[] = [];
  const handlers = new Proxy({} as ServiceHandlers, {
    get: (_t, name) => async (input: unknown) => {
      calls.push({ name, input });
      return { name };
    },
  });
  registerIpc({ handle: (channel, listener) => listeners.set(channel, listener) }, handlers);
  return { listeners, calls };
}

const ourPage = { senderFrame: { url: 'app://galley/index.html', parent: null } };

describe('IPC registration', () => {
  it('registers exactly one channel per contract method', () => {
    const { listeners } = register();
    expect([...listeners.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
  });

  it('runs the service for our page with the parsed input', async () => {
    const { listeners, calls } = register();
    const result = await listeners.get(channelOf('getStory'))!(ourPage, { id: '01ABC' });
    expect(result).toEqual({ ok: true, value: { name: 'getStory' } });
    expect(calls).toEqual([{ name: 'getStory', input: { id: '01ABC' } }]);
  });

  it('refuses a foreign or embedded sender before any service runs', async () => {
    const { listeners, calls } = register();
    const foreign = (await listeners.get(channelOf('getStory'))!({ senderFrame: { url: 'https://evil.example/', parent: null } }, { id: 'x' })) as ApiResult<unknown>;
    const embedded = (await listeners.get(channelOf('getStory'))!({ senderFrame: { url: 'app://galley/index.html', parent: {} } }, { id: 'x' })) as ApiResult<unknown>;
    const gone = (await listeners.get(channelOf('getStory'))!({ senderFrame: null }, { id: 'x' })) as ApiResult<unknown>;
    for (const result of [foreign, embedded, gone]) expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(calls).toEqual([]);
  });

  it.each([
    ['wrong types', { id: 42 }],
    ['extra fields', { id: 'x', admin: true }],
    ['a huge string', { id: 'x'.repeat(1_000_000) }],
    ['no object', 'getStory'],
  ])('answers a malformed payload (%s) with invalid-input', async (_label, payload) => {
    const { listeners, calls } = register();
    const result = (await listeners.get(channelOf('getStory'))!(ourPage, payload)) as ApiResult<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(calls).toEqual([]);
  });
});

describe('dispatch with a name that is not a method', () => {
  it.each([['frobnicate'], [{ toString: 0 }], [Object.create(null)], [42], [null]])('answers %o with invalid-input instead of throwing', async (name) => {
    const result = await dispatch({} as ServiceHandlers, name, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^Unknown method /) } });
  });
});
