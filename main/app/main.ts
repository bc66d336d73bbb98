// Galley's Electron main process: lifecycle, the window, menus, guards and IPC registration.
// The library itself runs in a worker thread (main/store/storeWorker.ts); the desk renders and
// validates wire files on a pool of worker threads (main/services/desk/wireWorker.ts) and writes
// them on another (main/services/desk/outboxWorker.ts).
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, screen, session, shell, type OpenDialogOptions } from 'electron';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MENU_CHANNEL, type MenuCommand } from '../../src/api/contract';
import { assetFolderOf, serveAsset } from '../services/assets';
import type { Dialogs } from '../services/dialogs';
import { seedSamples } from '../services/samples';
import { openOutboxWorker } from '../services/desk/outboxFiles';
import { openWirePool } from '../services/desk/wirePool';
import { createServices, type Services } from '../services/services';
import { resolveLibraryFile } from '../services/libraryPath';
import { openStoreWorker } from '../store/storeClient';
import type { StorePort } from '../store/storePort';
import { registerIpc } from './ipc';
import { keychainSecrets } from './keychainSecrets';
import { buildMenuTemplate } from './menu';
import { serveFile } from './protocols';
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  createSecureWindow,
  openExternalSafely,
  permissionDecision,
  shouldPreventNavigation,
  windowOpenDecision,
} from './security';
import { parseWindowState, restoreBounds, type WindowBounds } from './windowState';

/** Story photos: `galley-asset://asset/<sha256>`, read only from the library's asset folder (CSP img-src allows it). */
const ASSET_SCHEME = 'galley-asset';
const ASSET_BASE_URL = `${ASSET_SCHEME}://asset/`;

const BACKUP_EXTENSION = 'galley-backup';

/** Workers start only when the desk first renders; idle ones do not hold the process. */
const wirePool = openWirePool(join(__dirname, 'wireWorker.cjs'));
/** The desk's file writes and fsyncs, off this thread. */
const outboxFiles = openOutboxWorker(join(__dirname, 'outboxWorker.cjs'));

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  { scheme: ASSET_SCHEME, privileges: { standard: true, secure: true } },
]);

const rendererRoot = join(__dirname, '..', 'renderer');
const windowStateFile = () => join(app.getPath('userData'), 'window-state.json');

let mainWindow: BrowserWindow | null = null;
let store: StorePort | null = null;
let services: Services | null = null;

function loadWindowState(): WindowBounds | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(windowStateFile(), 'utf8')));
  } catch {
    return null;
  }
}

function saveWindowState(window: BrowserWindow): void {
  const bounds = window.getNormalBounds();
  writeFileSync(windowStateFile(), JSON.stringify({ ...bounds, maximized: window.isMaximized() }));
}

function sendCommand(command: MenuCommand): void {
  (BrowserWindow.getFocusedWindow() ?? mainWindow)?.webContents.send(MENU_CHANNEL, command);
}

function guardContents(contents: Electron.WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (shouldPreventNavigation(url, contents.getURL())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) void openExternalSafely(decision.openExternally, (safe) => shell.openExternal(safe));
    return { action: decision.action };
  });
}

function createWindow(): BrowserWindow {
  const saved = loadWindowState();
  const { maximized, ...bounds } = restoreBounds(saved, screen.getAllDisplays().map((d) => d.workArea));
  const window = createSecureWindow(BrowserWindow, join(__dirname, '..', 'preload', 'preload.cjs'), bounds);
  guardContents(window.webContents);
  if (maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => saveWindowState(window));
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

async function backupLibrary(libraryFile: string): Promise<void> {
  if (!store) return;
  const { canceled, filePath } = await dialog.showSaveDialog({
    title: 'Back up library',
    defaultPath: `galley-backup-${new Date().toISOString().slice(0, 10)}.${BACKUP_EXTENSION}`,
    filters: [{ name: 'Galley backup', extensions: [BACKUP_EXTENSION] }],
  });
  if (canceled || !filePath) return;
  try {
    const result = await store.backup(filePath, assetFolderOf(libraryFile));
    const missing = result.missingPhotos.length ? `\n\n${result.missingPhotos.length} photo(s) were already missing from the library's folder and are not in it.` : '';
    await dialog.showMessageBox({ message: `Backed up ${libraryFile} and ${result.photos} photo(s) to ${filePath}, and checked the backup.${missing}` });
  } catch (error) {
    dialog.showErrorBox('Backup failed', (error as Error).message);
  }
}

/** A new library from a backup, beside the open one; never over an existing library. Offers to open it. */
async function restoreFromBackup(libraryFile: string): Promise<void> {
  if (!store) return;
  const chosen = await dialog.showOpenDialog({
    title: 'Restore from backup',
    properties: ['openFile'],
    filters: [{ name: 'Galley backup', extensions: [BACKUP_EXTENSION] }, { name: 'All files', extensions: ['*'] }],
  });
  if (chosen.canceled || !chosen.filePaths[0]) return;
  const target = await dialog.showSaveDialog({ title: 'Restore as a new library', defaultPath: join(dirname(libraryFile), 'restored.galley'), buttonLabel: 'Restore' });
  if (target.canceled || !target.filePath) return;
  try {
    const result = await store.restoreBackup(chosen.filePaths[0], target.filePath, assetFolderOf(target.filePath));
    const { response } = await dialog.showMessageBox({
      message: `Restored the library and ${result.photos} photo(s) to ${result.file}.`,
      buttons: ['Open It Now', 'Later'],
      defaultId: 0,
    });
    if (response === 0) {
      // The next start opens the restored library (resolveLibraryFile reads GALLEY_DB).
      process.env.GALLEY_DB = result.file;
      app.relaunch();
      app.quit();
    }
  } catch (error) {
    dialog.showErrorBox('Restore failed', (error as Error).message);
  }
}

async function start(): Promise<void> {
  const libraryFile = resolveLibraryFile(undefined);
  mkdirSync(dirname(libraryFile), { recursive: true });

  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    return serveFile(rendererRoot, url.pathname);
  });
  const assetFolder = assetFolderOf(libraryFile);
  protocol.handle(ASSET_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== 'asset') return new Response('Not found', { status: 404 });
    return serveAsset(assetFolder, url.pathname.slice(1));
  });

  try {
    store = await openStoreWorker(libraryFile, join(__dirname, 'storeWorker.cjs'));
  } catch (error) {
    // The library cannot be opened (newer version, damaged, locked): say so, touch nothing.
    dialog.showErrorBox('Galley cannot open its library', `${(error as Error).message}\n\nLibrary: ${libraryFile}`);
    app.quit();
    return;
  }
  await seedSamples(store, join(app.getAppPath(), 'assets', 'samples'), assetFolder);
  const dialogs: Dialogs = {
    chooseFolder: async (title) => {
      const options: OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory'] };
      const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    },
  };
  services = createServices(store, { folder: assetFolder, baseUrl: ASSET_BASE_URL }, { renderer: wirePool, files: outboxFiles }, dialogs, {
    library: libraryFile,
    secrets: keychainSecrets(safeStorage),
    background: {},
  });
  registerIpc(ipcMain, services);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        {
          send: sendCommand,
          backupLibrary: () => void backupLibrary(libraryFile),
          restoreLibrary: () => void restoreFromBackup(libraryFile),
          openLibraryFolder: () => shell.showItemInFolder(libraryFile),
        },
        process.platform,
        app.isPackaged,
      ),
    ),
  );
  mainWindow = createWindow();
  // A wire worker ready before the first import or preview: starting one takes most of a second.
  mainWindow.once('ready-to-show', () => wirePool.warm());
}

if (!app.requestSingleInstanceLock()) {
  // One Galley per library: a second launch focuses the first window instead of opening the file twice.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && store) mainWindow = createWindow();
  });
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    // Quit once the background sync has stopped (it may be writing a sync's outcome) and the store is closed.
    closing = true;
    event.preventDefault();
    void (async () => {
      await services?.close();
      await Promise.all([store?.close(), wirePool.close()]);
    })().finally(() => app.exit(0));
  });
  app.whenReady().then(start, (error: Error) => {
    dialog.showErrorBox('Galley could not start', error.message);
    app.quit();
  });
}

