import type { WebContents, WebFrameMain } from 'electron';
import { app, BrowserWindow, session, shell } from 'electron';
import { APP_ORIGIN } from './app-protocol';
import { isSafeExternalUrl } from './external-links';

/** Electron's security checklist, applied to every web contents the app ever creates. */
export function hardenWebContents(): void {
  // One permission, for the app's own page only: writing to the clipboard on a click (the
  // share kit's Copy text; Chromium asks it before navigator.clipboard.writeText). Reading stays denied.
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => callback(permission === CLIPBOARD_WRITE && isAppUrl(details.requestingUrl)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permission === CLIPBOARD_WRITE && isAppUrl(requestingOrigin));
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    title: 'Somevuoro',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A middle click must not open links in new windows either.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

const CLIPBOARD_WRITE = 'clipboard-sanitized-write';

function isAppUrl(value: string): boolean {
  try {
    // Compared by parts: Node's URL gives custom schemes an opaque origin ("null").
    const url = new URL(value);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** IPC is answered only for the app's own page in its own window. */
export function isAppFrame(frame: WebFrameMain | null, window: BrowserWindow): boolean {
  if (!frame || window.isDestroyed() || frame !== window.webContents.mainFrame) return false;
  return isAppUrl(frame.url);
}
