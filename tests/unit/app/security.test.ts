import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createSecureWindow,
  externalUrl,
  isTrustedSender,
  openExternalSafely,
  permissionDecision,
  shouldPreventNavigation,
  windowOpenDecision,
} from '../../../main/app/security';

class FakeWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

describe('the main window', () => {
  const { webPreferences } = createSecureWindow(FakeWindow, '/app/preload.cjs', { width: 1000, height: 700 }).options;

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', false],
  ] as const)('sets %s to %s', (option, value) => {
    expect(webPreferences?.[option]).toBe(value);
  });

  it('turns off middle-click windows and loads the preload given', () => {
    expect(webPreferences?.disableBlinkFeatures).toBe('Auxclick');
    expect(webPreferences?.preload).toBe('/app/preload.cjs');
  });
});

describe('the content security policy', () => {
  it.each(["default-src 'none'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])('contains %s', (directive) => {
    expect(CONTENT_SECURITY_POLICY).toContain(directive);
  });

  it('never allows inline or evaluated script', () => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
  });
});

describe('external links', () => {
  it.each([
    ['https://example.org/story?id=1', 'https://example.org/story?id=1'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
    ['javascript:alert(1)', null],
    ['file:///etc/passwd', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['app://galley/index.html', null],
    ['smb://server/share', null],
    ['not a url', null],
    ['http://', null],
  ])('%s -> %s', (raw, expected) => {
    expect(externalUrl(raw)).toBe(expected);
  });

  it('opens only what passes the check', async () => {
    const opened: string[] = [];
    const open = async (url: string) => void opened.push(url);
    expect(await openExternalSafely('https://example.org', open)).toBe(true);
    expect(await openExternalSafely('javascript:alert(1)', open)).toBe(false);
    expect(opened).toEqual(['https://example.org/']);
  });
});

describe('navigation, new windows and permissions', () => {
  it('prevents any navigation away from the page', () => {
    expect(shouldPreventNavigation('https://evil.example/', 'app://galley/index.html')).toBe(true);
    expect(shouldPreventNavigation('app://galley/other.html', 'app://galley/index.html')).toBe(true);
    expect(shouldPreventNavigation('app://galley/index.html', 'app://galley/index.html')).toBe(false);
  });

  it('denies every new window, sending web links to the browser instead', () => {
    expect(windowOpenDecision('https://example.org/')).toEqual({ action: 'deny', openExternally: 'https://example.org/' });
    expect(windowOpenDecision('javascript:alert(1)')).toEqual({ action: 'deny', openExternally: null });
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])('denies the %s permission', (permission) => {
    expect(permissionDecision(permission)).toBe(false);
  });
});

describe('IPC senders', () => {
  it.each([
    [{ url: 'app://galley/index.html', parent: null }, true],
    [{ url: 'app://galley/index.html#/story/01ABC', parent: null }, true],
    [{ url: 'app://galley/index.html', parent: {} }, false],
    [{ url: 'https://evil.example/', parent: null }, false],
    [{ url: 'app://other/index.html', parent: null }, false],
    [null, false],
  ])('%o trusted: %s', (frame, trusted) => {
    expect(isTrustedSender(frame)).toBe(trusted);
  });
});
