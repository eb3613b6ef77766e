import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/api/contract';
import { planFile } from '../../support/plan-on-disk';

/*
 * The Electron binary cannot run here, so electron/main.ts runs against a stand-in
 * for the `electron` module that records what the glue asks of it; the assertions are
 * about the calls, the security options and the data that lands on disk.
 */

const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-electron-'));
const recorded = vi.hoisted(() => ({
  windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
  ipc: new Map<string, (event: unknown, payload: unknown) => unknown>(),
  listeners: new Set<string>(),
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  schemes: [] as unknown[],
  external: [] as string[],
  revealed: [] as string[],
  saveAs: '',
  permissionHandler: undefined as undefined | ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void),
  permissionCheck: undefined as undefined | ((contents: unknown, permission: string, requestingOrigin: string) => boolean),
  fetched: [] as string[],
  sandboxEnabled: false,
  mainFrame: { url: 'app://somevuoro/index.html' },
  userData: '',
  quits: 0,
}));
recorded.userData = userData;

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { mainFrame: recorded.mainFrame };
    private record: { options: Record<string, unknown>; loaded: string[] };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [] };
      recorded.windows.push(this.record);
    }
    once() {}
    show() {}
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    focus() {}
    restore() {}
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      enableSandbox: () => (recorded.sandboxEnabled = true),
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      getPath: () => recorded.userData,
      getLocale: () => 'sv-FI',
      getVersion: () => '0.1.0',
      on: (name: string, listener: (...args: unknown[]) => void) => recorded.appEvents.set(name, listener),
      quit: () => void recorded.quits++,
    },
    BrowserWindow,
    // No key store here: accounts' secrets stay in the 0600 file unencrypted, as in browser mode.
    safeStorage: { isEncryptionAvailable: () => false },
    ipcMain: { handle: (name: string, handler: (event: unknown, payload: unknown) => unknown) => recorded.ipc.set(name, handler), on: (name: string) => recorded.listeners.add(name), removeAllListeners: (name: string) => recorded.listeners.delete(name) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => recorded.protocolHandlers.set(scheme, handler),
    },
    net: {
      fetch: async (url: string) => {
        recorded.fetched.push(url);
        return new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } });
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: typeof recorded.permissionHandler) => (recorded.permissionHandler = handler),
        setPermissionCheckHandler: (handler: typeof recorded.permissionCheck) => (recorded.permissionCheck = handler),
      },
    },
    shell: { openExternal: async (url: string) => void recorded.external.push(url), showItemInFolder: (file: string) => void recorded.revealed.push(file) },
    dialog: {
      showErrorBox: (title: string, message: string) => console.error(title, message),
      showSaveDialog: async () => ({ canceled: false, filePath: recorded.saveAs }),
    },
  };
  return { ...electron, default: electron };
});

beforeAll(async () => {
  await import('../../../electron/main');
  await vi.waitFor(() => expect(recorded.windows).toHaveLength(1));
});

afterAll(() => {
  recorded.appEvents.get('will-quit')?.({ preventDefault: () => {} });
  fs.rmSync(userData, { recursive: true, force: true });
});

describe('electron/main.ts', () => {
  it('opens one window with context isolation, sandbox and no Node integration', () => {
    const prefs = recorded.windows[0].options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, nodeIntegration: false, sandbox: true, webviewTag: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' });
    expect(String(prefs.preload)).toMatch(/preload[/\\]preload\.cjs$/);
    expect(recorded.sandboxEnabled).toBe(true);
    expect(recorded.windows[0].loaded).toEqual(['app://somevuoro/index.html']);
  });

  it('registers exactly one IPC handler per contract channel', () => {
    expect([...recorded.ipc.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('adds no IPC listener of its own, such as electron-store’s unchecked electron-store-get-data, even after writing', async () => {
    await recorded.ipc.get('settings:update')?.({ senderFrame: recorded.mainFrame }, { staleAfterDays: 21 });
    await recorded.ipc.get('preferences:update')?.({ senderFrame: recorded.mainFrame }, { calendarView: 'week' });
    expect(fs.existsSync(path.join(userData, 'data', 'plan', 'plan.json'))).toBe(true);
    // The device store (preferences, who I am) is electron-store too, beside the plan, not in it.
    expect(JSON.parse(fs.readFileSync(path.join(userData, 'data', 'device', 'device.json'), 'utf8')).preferences.calendarView).toBe('week');
    expect([...recorded.listeners]).toEqual([]);
  });

  it('saves a post sent from the app window into the data folder in userData/data', async () => {
    const result = await recorded.ipc.get('posts:create')?.({ senderFrame: recorded.mainFrame }, { title: 'Joulujuhla', date: '2026-12-12', time: '17:00' });
    expect(result).toMatchObject({ ok: true, value: { title: 'Joulujuhla' } });
    const file = await planFile(path.join(userData, 'data'), 'posts/2026-12.json');
    expect(Object.values(file.posts)).toMatchObject([{ title: 'Joulujuhla', date: '2026-12-12', time: '17:00' }]);
    const main = await planFile(path.join(userData, 'data'), 'somevuoro.json');
    expect(main.settings.language).toBe('sv');
  });

  it('saves an export through the save dialog and shows it in the file manager', async () => {
    const app = { senderFrame: recorded.mainFrame };
    const selection = { from: '2026-12-01', to: '2026-12-31', channelIds: [], statuses: [], volunteerIds: [], includePosts: true, includeDuties: true };
    const made = (await recorded.ipc.get('export:create')?.(app, { format: 'ics', selection })) as { ok: true; value: Record<string, unknown> };
    expect(made.value).toMatchObject({ fileName: 'somevuoro-2026-12-01_2026-12-31.ics', encoding: 'utf8' });
    recorded.saveAs = path.join(userData, 'joulukuu.ics');
    expect(await recorded.ipc.get('files:save')?.(app, made.value)).toEqual({ ok: true, value: { outcome: 'saved', path: recorded.saveAs } });
    expect(fs.readFileSync(recorded.saveAs, 'utf8')).toContain('SUMMARY:Joulujuhla');
    expect(await recorded.ipc.get('files:reveal')?.(app, { path: recorded.saveAs })).toEqual({ ok: true, value: { shown: true } });
    expect(recorded.revealed).toEqual([recorded.saveAs]);
  });

  it('refuses IPC from any other frame before looking at the payload', async () => {
    const before = await planFile(path.join(userData, 'data'), 'posts/2026-12.json');
    const foreign = { url: 'https://evil.example/' };
    const result = await recorded.ipc.get('posts:create')?.({ senderFrame: foreign }, { title: 'Hacked', date: '2026-12-13' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await recorded.ipc.get('posts:create')?.({ senderFrame: null }, { title: 'Hacked' })).toMatchObject({ ok: false });
    expect(await planFile(path.join(userData, 'data'), 'posts/2026-12.json')).toEqual(before);
  });

  it('denies new windows (sending https links to the browser), navigation, webviews and permissions', () => {
    const listeners = new Map<string, (event: { preventDefault: () => void }) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    recorded.appEvents.get('web-contents-created')?.(
      {},
      {
        setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
        on: (name: string, listener: (event: { preventDefault: () => void }) => void) => listeners.set(name, listener),
      },
    );
    expect(openHandler?.({ url: 'https://kyla.example.fi/' })).toEqual({ action: 'deny' });
    expect(openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openHandler?.({ url: 'http://kyla.example.fi/' })).toEqual({ action: 'deny' });
    // The share kit's newsletter: a message in the mail program.
    expect(openHandler?.({ url: 'mailto:?subject=Joulu&body=Tervetuloa' })).toEqual({ action: 'deny' });
    expect(recorded.external).toEqual(['https://kyla.example.fi/', 'mailto:?subject=Joulu&body=Tervetuloa']);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      listeners.get(name)?.({ preventDefault });
      expect(preventDefault, name).toHaveBeenCalled();
    }
    const granted: boolean[] = [];
    recorded.permissionHandler?.({}, 'media', (answer) => granted.push(answer), { requestingUrl: 'app://somevuoro/index.html' });
    // Copy text in the share kit: writing to the clipboard, for the app's page only; reading never.
    recorded.permissionHandler?.({}, 'clipboard-sanitized-write', (answer) => granted.push(answer), { requestingUrl: 'app://somevuoro/index.html' });
    recorded.permissionHandler?.({}, 'clipboard-sanitized-write', (answer) => granted.push(answer), { requestingUrl: 'https://evil.example/' });
    recorded.permissionHandler?.({}, 'clipboard-read', (answer) => granted.push(answer), { requestingUrl: 'app://somevuoro/index.html' });
    expect(granted).toEqual([false, true, false, false]);
    expect(recorded.permissionCheck?.({}, 'clipboard-sanitized-write', 'app://somevuoro')).toBe(true);
    expect(recorded.permissionCheck?.({}, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(recorded.permissionCheck?.({}, 'geolocation', 'app://somevuoro')).toBe(false);
  });

  it('serves the renderer over app:// with the CSP, and nothing outside its folder', async () => {
    expect(recorded.schemes).toMatchObject([{ scheme: 'app', privileges: { standard: true, secure: true, codeCache: true } }]);
    const serve = recorded.protocolHandlers.get('app');
    const page = await serve?.(new Request('app://somevuoro/index.html'));
    expect(page?.headers.get('content-security-policy')).toContain("default-src 'none'");
    // The page carries its first screen's answers from the same services as the IPC (issue 14), and is never cached.
    expect(page?.headers.get('cache-control')).toBe('no-store');
    expect(await page?.text()).toMatch(/<div id="root"><\/div>[\s\S]*<script type="application\/json" id="first-screen-answers">\[\{"channel":"settings:get"/);
    const script = await serve?.(new Request('app://somevuoro/main.tsx'));
    expect(script?.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(recorded.fetched.at(-1)).toMatch(/^file:\/\/.*renderer\/main\.tsx$/);
    expect((await serve?.(new Request('app://somevuoro/..%2F..%2Fetc%2Fpasswd')))?.status).toBe(404);
    expect((await serve?.(new Request('app://elsewhere/index.html')))?.status).toBe(404);
  });

  it('serves cover images from the plan folder’s media/ over app://, and nothing else from there', async () => {
    const serve = recorded.protocolHandlers.get('app');
    const name = '0b5c2a4e-1111-4222-8333-444455556666.png';
    fs.mkdirSync(path.join(userData, 'data', 'plan', 'media'), { recursive: true });
    fs.writeFileSync(path.join(userData, 'data', 'plan', 'media', name), 'a picture');
    const image = await serve?.(new Request(`app://somevuoro/media/${name}`));
    expect(recorded.fetched.at(-1)).toBe(`file://${path.join(userData, 'data', 'plan', 'media', name)}`);
    expect(image?.headers.get('content-type')).toBe('image/png');
    expect(image?.headers.get('content-security-policy')).toContain("default-src 'none'");
    for (const bad of ['..%2F..%2Fsomevuoro.json', '..%2Fsomevuoro.json', 'somevuoro.json', `${name}%00.png`, 'x.png']) {
      const before = recorded.fetched.length;
      expect((await serve?.(new Request(`app://somevuoro/media/${bad}`)))?.status, bad).toBe(404);
      expect(recorded.fetched.length).toBe(before);
    }
  });

  // Last: it quits. The storage is closed before the folder lock goes and the app is let quit.
  it('on quitting, holds the quit until the storage is closed, then releases the folder lock and quits', async () => {
    const lock = path.join(userData, 'data', 'somevuoro.lock');
    expect(fs.existsSync(lock)).toBe(true);
    let prevented = 0;
    recorded.appEvents.get('will-quit')?.({ preventDefault: () => prevented++ });
    expect(prevented).toBe(1);
    await vi.waitFor(() => expect(recorded.quits).toBe(1));
    expect(fs.existsSync(lock)).toBe(false);
    // The quit it asked for goes through.
    recorded.appEvents.get('will-quit')?.({ preventDefault: () => prevented++ });
    expect(prevented).toBe(1);
  });
});
