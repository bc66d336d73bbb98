/** Ctrl on Windows and Linux, ⌘ on a Mac: what tooltips and labels print for ProseMirror's `Mod`. */
export const MOD = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
