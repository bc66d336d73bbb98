import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src/api/contract';

export interface MenuActions {
  /** Sends a command to the focused window's page. */
  send(command: MenuCommand): void;
  backupLibrary(): void;
  restoreLibrary(): void;
  openLibraryFolder(): void;
}

/**
 * The native menu. Shortcuts the page also handles (New, Save, Find) are sent to it as
 * commands, so the menu and the keyboard do the same thing; standard editing uses roles so
 * the OS's own behaviour (and the renderer's undo history) applies.
 */
export function buildMenuTemplate(actions: MenuActions, platform: NodeJS.Platform, isPackaged: boolean): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, accelerator: string | undefined, name: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.send(name),
  });
  const template: MenuItemConstructorOptions[] = [
    {
      label: '&File',
      submenu: [
        command('&New Story', 'CmdOrCtrl+N', 'new-story'),
        command('&Import…', 'CmdOrCtrl+O', 'import'),
        { type: 'separator' },
        command('&Save Revision', 'CmdOrCtrl+S', 'save'),
        command('&Export…', 'CmdOrCtrl+E', 'export'),
        { type: 'separator' },
        command('&Connect to Newsroom…', undefined, 'connect-newsroom'),
        { type: 'separator' },
        { label: '&Back Up Library…', click: () => actions.backupLibrary() },
        { label: '&Restore from Backup…', click: () => actions.restoreLibrary() },
        { label: 'Show Library &Folder', click: () => actions.openLibraryFolder() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('&Find and Replace…', 'CmdOrCtrl+F', 'find'),
      ],
    },
    {
      label: '&View',
      submenu: [
        command('&Library', 'CmdOrCtrl+L', 'show-library'),
        command('&Focus Mode', 'CmdOrCtrl+Shift+F', 'focus-mode'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isPackaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
      ],
    },
    { role: 'windowMenu' },
  ];
  if (isMac) template.unshift({ role: 'appMenu' });
  return template;
}
