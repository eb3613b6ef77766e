import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { filesOf, foreignDocument, planWithDamagedMain } from '../../support/damaged-plan';

/*
 * The app started on a plan whose main document is a foreign Automerge document, against a
 * stand-in for `electron` in Finnish: it opens its window (the renderer's "plan cannot be opened"
 * screen) instead of an error dialog and a quit, every request is refused with what is wrong and
 * where, and the plan folder is left byte for byte as it was.
 */

const recorded = vi.hoisted(() => ({
  calls: [] as string[],
  dialogs: [] as [string, string][],
  windows: 0,
  ipc: new Map<string, (event: unknown, payload: unknown) => unknown>(),
  mainFrame: { url: 'app://somevuoro/index.html' },
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  userData: '',
}));
recorded.userData = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-damaged-'));
const dataDir = path.join(recorded.userData, 'data');
const planDir = path.join(dataDir, 'plan');
let before = new Map<string, string>();

vi.mock('electron', async () => {
  const { recordingApp, recordingElectron } = await import('../../support/electron-recorder');
  class BrowserWindow {
    webContents = { mainFrame: recorded.mainFrame };
    constructor() {
      recorded.windows++;
    }
    once() {}
    show() {}
    isDestroyed() {
      return false;
    }
    loadURL() {
      return Promise.resolve();
    }
  }
  const { app, dialog } = recordingApp(recorded, { on: (name: string, listener: (...args: unknown[]) => void) => recorded.appEvents.set(name, listener) });
  const ipcMain = { handle: (name: string, handler: (event: unknown, payload: unknown) => unknown) => recorded.ipc.set(name, handler), on: () => {}, removeAllListeners: () => {} };
  return recordingElectron(recorded.calls, app, { dialog, BrowserWindow, ipcMain });
});

beforeAll(async () => {
  await planWithDamagedMain(foreignDocument, dataDir);
  before = filesOf(planDir);
  await import('../../../electron/main');
  await vi.waitFor(() => expect(recorded.windows).toBe(1), { timeout: 20_000 });
}, 60_000);

afterAll(() => {
  recorded.appEvents.get('will-quit')?.({ preventDefault: () => {} });
  fs.rmSync(recorded.userData, { recursive: true, force: true });
});

it('opens its window on the damaged plan instead of a dialog, refuses every request with what is wrong and where, and writes nothing into the plan', async () => {
  expect(recorded.dialogs).toEqual([]);
  expect(recorded.calls).not.toContain('app.quit');
  const settings = await recorded.ipc.get('settings:get')?.({ senderFrame: recorded.mainFrame }, {});
  expect(settings).toMatchObject({ ok: false, error: { code: 'storage', issues: [{ path: '', message: 'v.storagePlanInvalid', params: { folder: planDir, backups: path.join(dataDir, 'backups') } }] } });
  // The recent plans answer (to open another); this one, not opened, is the current.
  const recent = await recorded.ipc.get('plans:recent')?.({ senderFrame: recorded.mainFrame }, {});
  expect(recent).toMatchObject({ ok: true, value: { canSwitch: true } });
  // The safety copies answer, and a restore's payload is validated before anything is read: a path is no copy's name.
  expect(await recorded.ipc.get('damaged:backups')?.({ senderFrame: recorded.mainFrame }, {})).toMatchObject({ ok: true, value: expect.any(Array) });
  expect(await recorded.ipc.get('damaged:restore')?.({ senderFrame: recorded.mainFrame }, { id: '../plan' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  expect(await recorded.ipc.get('damaged:restore')?.({ senderFrame: recorded.mainFrame }, { id: 'before-import-2020-01-01T00-00-00-000Z', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  expect(filesOf(planDir)).toEqual(before);
}, 30_000);
