// A recording stand-in for the `electron` module, so the built main process (out/main/main.cjs)
// runs under plain Node: the Electron binary cannot be downloaded here (TOOLCHAIN.md). It keeps
// Electron's ordering rules that a start depends on (privileged schemes only before `ready`)
// and records every call, in order, for the test to read.
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';

/** One thing the main process did, in the order it did it. */
export interface Call {
  name: string;
  args: unknown[];
}

export interface FakeWindow {
  options: Record<string, unknown>;
  events: EventEmitter;
  contents: FakeWebContents;
  loaded: string[];
  shown: boolean;
}

export interface FakeWebContents extends EventEmitter {
  sent: [string, unknown][];
  openHandler?: (details: { url: string }) => { action: string };
}

export interface RecordingElectron {
  calls: Call[];
  /** What `app.requestSingleInstanceLock()` answers. */
  lockGranted: boolean;
  /** Fires `ready`: `app.whenReady()` resolves. */
  becomeReady(): void;
  isReady: boolean;
  app: EventEmitter;
  protocolHandlers: Map<string, (request: Request) => Response | Promise<Response>>;
  ipcHandlers: Map<string, (event: unknown, input: unknown) => Promise<unknown>>;
  windows: FakeWindow[];
  menu: unknown[] | null;
  /** Resolves with the first window once it loads a page. */
  windowLoaded: Promise<FakeWindow>;
  errors: string[];
  module: Record<string, unknown>;
}

export function recordingElectron(appPath: string, userData: string): RecordingElectron {
  const calls: Call[] = [];
  const record = (name: string, ...args: unknown[]) => calls.push({ name, args });
  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  let resolveLoaded!: (window: FakeWindow) => void;

  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    requestSingleInstanceLock: () => (record('app.requestSingleInstanceLock'), fake.lockGranted),
    quit: () => record('app.quit'),
    exit: (code?: number) => record('app.exit', code),
    whenReady: () => (record('app.whenReady'), ready),
    getPath: (name: string) => (record('app.getPath', name), userData),
    getAppPath: () => appPath,
  });

  class BrowserWindow {
    static getFocusedWindow = () => null;
    static getAllWindows = () => fake.windows;
    readonly webContents: FakeWebContents;
    private readonly window: FakeWindow;
    constructor(options: Record<string, unknown>) {
      record('new BrowserWindow', options);
      this.webContents = Object.assign(new EventEmitter(), {
        sent: [] as [string, unknown][],
        send(this: FakeWebContents, channel: string, value: unknown) {
          this.sent.push([channel, value]);
        },
        setWindowOpenHandler(this: FakeWebContents, handler: FakeWebContents['openHandler']) {
          this.openHandler = handler;
        },
        getURL: () => this.window.loaded.at(-1) ?? '',
      }) as FakeWebContents;
      this.window = { options, events: new EventEmitter(), contents: this.webContents, loaded: [], shown: false };
      fake.windows.push(this.window);
      app.emit('web-contents-created', {}, this.webContents);
    }
    once(event: string, listener: () => void) {
      this.window.events.once(event, listener);
    }
    on(event: string, listener: () => void) {
      this.window.events.on(event, listener);
    }
    show() {
      this.window.shown = true;
    }
    maximize() {}
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1200, height: 800 });
    loadURL(url: string) {
      record('window.loadURL', url);
      this.window.loaded.push(url);
      resolveLoaded(this.window);
      return Promise.resolve();
    }
  }

  const fake: RecordingElectron = {
    calls,
    lockGranted: true,
    isReady: false,
    becomeReady() {
      record('ready');
      fake.isReady = true;
      resolveReady();
    },
    app,
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    windows: [],
    menu: null,
    windowLoaded: new Promise((resolve) => (resolveLoaded = resolve)),
    errors: [],
    module: {},
  };
  fake.module = {
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged(schemes: unknown[]) {
        // Electron's own rule: after `ready` the call is too late to take effect.
        if (fake.isReady) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
        record('protocol.registerSchemesAsPrivileged', schemes);
      },
      handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
        record('protocol.handle', scheme);
        fake.protocolHandlers.set(scheme, handler);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: unknown) => record('session.setPermissionRequestHandler', handler),
        setPermissionCheckHandler: (handler: unknown) => record('session.setPermissionCheckHandler', handler),
      },
    },
    ipcMain: {
      handle(channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) {
        fake.ipcHandlers.set(channel, handler);
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => template,
      setApplicationMenu(menu: unknown[]) {
        record('Menu.setApplicationMenu');
        fake.menu = menu;
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: {
      showErrorBox: (title: string, message: string) => fake.errors.push(`${title}: ${message}`),
      showMessageBox: async () => ({ response: 0 }),
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    },
    shell: { openExternal: async (url: string) => record('shell.openExternal', url), showItemInFolder: (path: string) => record('shell.showItemInFolder', path) },
  };
  return fake;
}

/**
 * Loads a CommonJS file with `require('electron')` answered by the stand-in; each call loads
 * it afresh, as a new process would.
 */
export function loadWithElectron(file: string, electron: RecordingElectron): void {
  const require = createRequire(import.meta.url);
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = Module._load;
  Module._load = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'electron' ? electron.module : load.call(this, request, ...rest);
  };
  try {
    delete require.cache[require.resolve(file)];
    require(file);
  } finally {
    Module._load = load;
  }
}
