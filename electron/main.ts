import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, safeStorage, shell } from 'electron';
import { openBackend } from './api/handlers';
import { damagedPlanDispatch, isDamagedPlan } from './api/damaged-plan';
import { registerIpc, sendEvents } from './api/ipc';
import ElectronStore from 'electron-store';
import { acquireDataLock } from './storage/data-lock';
import type { DeviceStoreOpener } from './storage/device-store';
import { DeviceStore, deviceStoreOptions } from './storage/device-store';
import type { StorageError } from './storage/storage-error';
import { systemClock } from './services/clock';
import { registerAppScheme, serveRenderer } from './shell/app-protocol';
import { electronFileHost } from './shell/electron-files';
import { electronPdfRenderer } from './shell/electron-pdf';
import { electronSecretSealer } from './shell/electron-secrets';
import { startupErrorText } from './shell/startup-error';
import { createMainWindow, hardenWebContents, isAppFrame } from './shell/window';

// The Electron glue only: every behaviour lives in services that also run in plain
// Node (the web bridge, the CLI, the tests).

const here = path.dirname(fileURLToPath(import.meta.url));

function electronStore(options: typeof deviceStoreOptions, cwd: string, name: string): ElectronStore<Record<string, unknown>> {
  const store = new ElectronStore<Record<string, unknown>>({ ...options, cwd, name });
  // electron-store registers `electron-store-get-data` with the first store, answering
  // any frame without a sender check; the renderer never needs it. It is registered
  // only once per process, so removing it here keeps it gone.
  ipcMain.removeAllListeners('electron-store-get-data');
  return store;
}

/** This laptop's own state (preferences, who I am, recent plans) in electron-store, as conf holds it in Node. */
const electronDeviceStore: DeviceStoreOpener = (dir, name) => electronStore(deviceStoreOptions, dir, name);

app.enableSandbox();
registerAppScheme();
// A second start only hands over to the first window (its 'second-instance' event):
// it must not reach whenReady, where it would open the data folder.
if (app.requestSingleInstanceLock()) void app.whenReady().then(start);
else app.quit();

const PLAN_ARG = '--plan=';

/** Opening a recent plan (plans:open) restarts the app with the plan's folder as its argument. */
function restartOn(planDir: string): Promise<void> {
  app.relaunch({ args: [...process.argv.slice(1).filter((arg) => !arg.startsWith(PLAN_ARG)), `${PLAN_ARG}${planDir}`] });
  app.quit();
  return Promise.resolve();
}

/**
 * A damaged plan (damaged-plan.ts) opens the window all the same, on the screen that says what is
 * wrong and where and offers the recent plans; nothing is written into the folder.
 */
function showDamagedPlan(error: StorageError, dataDir: string, releaseLock: () => void): void {
  const dispatch = damagedPlanDispatch(error, dataDir, DeviceStore.open(dataDir, electronDeviceStore), restartOn);
  hardenWebContents();
  serveRenderer(path.join(here, '../renderer'), () => null, dispatch);
  const window = createMainWindow(path.join(here, '../preload/preload.cjs'));
  registerIpc(ipcMain, dispatch, (frame) => isAppFrame(frame, window));
  app.on('will-quit', releaseLock);
  app.on('window-all-closed', () => app.quit());
}

/** Never rejects: a folder that cannot be opened is explained in a dialog (a damaged plan on a screen) and the app quits. */
async function start(): Promise<void> {
  const dataDir = path.join(app.getPath('userData'), 'data');
  const planDir = process.argv.find((arg) => arg.startsWith(PLAN_ARG))?.slice(PLAN_ARG.length);
  let releaseLock = () => {};
  let closeRepository = async () => {};
  try {
    releaseLock = acquireDataLock(dataDir);
    let mainWindow: BrowserWindow | null = null;
    const fileHost = electronFileHost({ dialog, shell, documentsDir: app.getPath('documents'), window: () => mainWindow });
    const pdf = electronPdfRenderer(BrowserWindow);
    // Share this plan / Open a shared plan: the system's folder dialog; the services check what was picked.
    const pickFolder = async () => {
      const picked = mainWindow ? await dialog.showOpenDialog(mainWindow, { properties: ['openDirectory', 'createDirectory'] }) : null;
      return picked && !picked.canceled ? (picked.filePaths[0] ?? null) : null;
    };
    const backend = await openBackend({ dataDir, planDir, session: 'app', deviceFiles: electronDeviceStore, clock: systemClock, locale: app.getLocale(), pdf, fileHost, switchPlan: restartOn, pickFolder, secretSealer: electronSecretSealer(safeStorage) });
    closeRepository = () => backend.close();
    hardenWebContents();
    serveRenderer(path.join(here, '../renderer'), (name, bytes) => backend.media.mediaFile(name, bytes), backend.dispatch);
    const window = createMainWindow(path.join(here, '../preload/preload.cjs'));
    mainWindow = window;
    registerIpc(ipcMain, backend.dispatch, (frame) => isAppFrame(frame, window));
    sendEvents(backend.onEvent, window);
    app.on('second-instance', () => {
      if (window.isMinimized()) window.restore();
      window.focus();
    });
  } catch (error) {
    if (isDamagedPlan(error)) return showDamagedPlan(error, dataDir, releaseLock);
    releaseLock();
    const { title, message } = startupErrorText(error, app.getLocale());
    dialog.showErrorBox(title, message);
    app.quit();
    return;
  }
  // Quitting waits for the storage to finish its writes and let go of the folder; the lock goes after it.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void closeRepository().finally(() => {
      closed = true;
      releaseLock();
      app.quit();
    });
  });
  app.on('window-all-closed', () => app.quit());
}
