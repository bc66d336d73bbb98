import { describe, expect, it } from 'vitest';
import { channelOf, MENU_CHANNEL, METHOD_NAMES } from '../../../src/api/contract';
import { buildGalleyApi } from '../../../main/preload/buildGalleyApi';

describe('window.galley, derived from the contract', () => {
  it('has one function per contract method plus onMenuCommand, and nothing else', () => {
    const api = buildGalleyApi(async () => ({ ok: true, value: null }), () => () => {});
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES, 'onMenuCommand'].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each method on its own channel with its one input object', async () => {
    const sent: [string, unknown][] = [];
    const api = buildGalleyApi(async (channel, input) => {
      sent.push([channel, input]);
      return { ok: true, value: 'done' };
    }, () => () => {});
    await expect(api.getStory({ id: '01ABC' })).resolves.toEqual({ ok: true, value: 'done' });
    expect(sent).toEqual([[channelOf('getStory'), { id: '01ABC' }]]);
  });

  it('passes on only known menu commands and unsubscribes', () => {
    let deliver: (payload: unknown) => void = () => {};
    let unsubscribed = false;
    const api = buildGalleyApi(async () => ({ ok: true, value: null }), (channel, listener) => {
      expect(channel).toBe(MENU_CHANNEL);
      deliver = listener;
      return () => {
        unsubscribed = true;
      };
    });
    const received: string[] = [];
    const stop = api.onMenuCommand((command) => received.push(command));
    deliver('save');
    deliver('format-disk');
    stop();
    expect(received).toEqual(['save']);
    expect(unsubscribed).toBe(true);
  });
});
