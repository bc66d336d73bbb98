import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, parseWindowState, restoreBounds } from '../../../main/app/windowState';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('window state', () => {
  it('reopens where it was on a display that is still attached', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: false };
    expect(restoreBounds(saved, [laptop, monitor])).toEqual({ x: 1600, y: 100, width: 1200, height: 800, maximized: false });
  });

  it('keeps the size but lets the OS place it when its display is gone', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: true };
    expect(restoreBounds(saved, [laptop])).toEqual({ width: 1200, height: 800, maximized: true });
  });

  it('uses the default size without saved state', () => {
    expect(restoreBounds(null, [laptop])).toEqual(DEFAULT_SIZE);
  });

  it.each([null, 'junk', { x: 'a', y: 0, width: 10, height: 10 }, { x: 0, y: 0, width: NaN, height: 10 }])('ignores malformed state %o', (raw) => {
    expect(parseWindowState(raw)).toBeNull();
  });

  it('never opens smaller than the minimum window', () => {
    const saved = parseWindowState({ x: 10, y: 10, width: 50, height: 20 });
    expect(restoreBounds(saved, [laptop])).toMatchObject({ width: 720, height: 480 });
  });
});
