import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../main/app/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('the native menu', () => {
  const sent: string[] = [];
  const items = flatten(buildMenuTemplate({ send: (c) => sent.push(c), backupLibrary: () => {}, restoreLibrary: () => {}, openLibraryFolder: () => {} }, 'linux', true));
  const byAccelerator = (accelerator: string) => items.find((item) => item.accelerator === accelerator);

  it.each([
    ['CmdOrCtrl+N', 'new-story'],
    ['CmdOrCtrl+S', 'save'],
    ['CmdOrCtrl+F', 'find'],
    ['CmdOrCtrl+L', 'show-library'],
  ])('%s sends %s to the page', (accelerator, command) => {
    const item = byAccelerator(accelerator);
    expect(item).toBeDefined();
    (item!.click as () => void)();
    expect(sent.at(-1)).toBe(command);
  });

  it('offers Back Up and Restore in the File menu, each calling its action', () => {
    const called: string[] = [];
    const file = buildMenuTemplate({ send: () => {}, backupLibrary: () => called.push('backup'), restoreLibrary: () => called.push('restore'), openLibraryFolder: () => {} }, 'linux', true)[0];
    const labels = flatten(file.submenu as MenuItemConstructorOptions[]);
    for (const label of ['&Back Up Library…', '&Restore from Backup…']) (labels.find((item) => item.label === label)!.click as () => void)();
    expect(called).toEqual(['backup', 'restore']);
  });

  it('uses the standard roles for editing, so undo reaches the editor', () => {
    const roles = items.map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('offers developer tools only in an unpackaged build', () => {
    expect(items.some((item) => item.role === 'toggleDevTools')).toBe(false);
    const dev = flatten(buildMenuTemplate({ send: () => {}, backupLibrary: () => {}, restoreLibrary: () => {}, openLibraryFolder: () => {} }, 'linux', false));
    expect(dev.some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('has the app menu first on macOS', () => {
    expect(buildMenuTemplate({ send: () => {}, backupLibrary: () => {}, restoreLibrary: () => {}, openLibraryFolder: () => {} }, 'darwin', true)[0].role).toBe('appMenu');
  });
});
