/** Where the window was, remembered between runs. */
export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface DisplayArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 840 };
const MIN_VISIBLE = 100;

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Parses the saved state; anything malformed gives the default size (centred by the OS). */
export function parseWindowState(raw: unknown): WindowBounds | null {
  const state = raw as Partial<WindowBounds> | null;
  if (!state || ![state.x, state.y, state.width, state.height].every(isNumber)) return null;
  return { x: state.x!, y: state.y!, width: state.width!, height: state.height!, maximized: state.maximized === true };
}

/**
 * The bounds to open with: the saved ones if enough of the window lands on a display that is
 * still attached (a laptop undocked from its monitor must not open Galley off-screen).
 */
export function restoreBounds(saved: WindowBounds | null, displays: readonly DisplayArea[]): Partial<WindowBounds> & { width: number; height: number } {
  if (!saved) return { ...DEFAULT_SIZE };
  const visible = displays.some(
    (d) =>
      saved.x + saved.width - MIN_VISIBLE >= d.x &&
      saved.x + MIN_VISIBLE <= d.x + d.width &&
      saved.y >= d.y - MIN_VISIBLE / 2 &&
      saved.y + MIN_VISIBLE <= d.y + d.height,
  );
  const size = { width: Math.max(saved.width, 720), height: Math.max(saved.height, 480) };
  return visible ? { ...size, x: saved.x, y: saved.y, maximized: saved.maximized } : { ...size, maximized: saved.maximized };
}
