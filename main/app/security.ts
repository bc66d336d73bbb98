import type { BrowserWindowConstructorOptions } from 'electron';

/** The app's own origin: pages are served from this privileged custom scheme, never file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'galley';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Images of the library's asset folder, by content hash. */
export const ASSET_SCHEME = 'galley-asset';

/**
 * Content-Security-Policy for every page. Scripts only from the app itself; no eval, no
 * inline script, no plugins, no network: Galley is offline by design. Inline styles are
 * allowed because ProseMirror positions its own widgets with style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' ${ASSET_SCHEME}: blob:`,
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The part of Electron's BrowserWindow class this needs: injected so the options are unit-tested without Electron. */
export type BrowserWindowClass<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * The main window, hardened: isolated, sandboxed, no Node, web security on, no <webview>,
 * no middle-click windows. The options are one literal here, where both the unit tests and
 * Electronegativity (which does not follow function calls) can see every one of them.
 */
export function createSecureWindow<W>(
  BrowserWindow: BrowserWindowClass<W>,
  preload: string,
  bounds: { x?: number; y?: number; width: number; height: number },
): W {
  return new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Galley',
    backgroundColor: '#1d1f23',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      // Electron's checker downloads dictionaries; Galley checks spelling offline itself.
      spellcheck: false,
    },
  });
}

/** Protocols a link in a story may open outside Galley, in the user's browser or mail program. */
const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/** The URL to hand to the OS, or null when the link must not leave Galley. */
export function externalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname) return null;
  return url.href;
}

/** Opens a link externally only after parsing it and checking its protocol. Returns whether it opened. */
export async function openExternalSafely(raw: string, open: (url: string) => Promise<void>): Promise<boolean> {
  const url = externalUrl(raw);
  if (!url) return false;
  await open(url);
  return true;
}

/** True for a page of Galley itself; every other origin is foreign. */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The renderer may not navigate anywhere: the app is one page. Links go out through openExternalSafely. */
export function shouldPreventNavigation(targetUrl: string, currentUrl: string): boolean {
  return targetUrl !== currentUrl;
}

/** window.open and target=_blank never create a window; http(s)/mailto links open externally instead. */
export function windowOpenDecision(targetUrl: string): { action: 'deny'; openExternally: string | null } {
  return { action: 'deny', openExternally: externalUrl(targetUrl) };
}

/** No permission (camera, notifications, geolocation, ...) is ever granted to page content. */
export function permissionDecision(_permission: string): boolean {
  return false;
}

/** A frame that may call the API: our own page's main frame, nothing embedded, nothing foreign. */
export interface SenderFrame {
  url: string;
  parent: unknown | null;
}

export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}
