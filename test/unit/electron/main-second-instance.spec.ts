import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';

/*
 * A second start of the app, against a stand-in for `electron` that refuses the
 * single-instance lock and records every call made to it (whatever the call, so
 * that a glue which wrongly carries on is seen, not crashed).
 */

const recorded = vi.hoisted(() => ({ calls: [] as string[], userData: '' }));
recorded.userData = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-second-'));

vi.mock('electron', async () => {
  const { recordingElectron } = await import('../../support/electron-recorder');
  const app: Record<string, unknown> = {
    requestSingleInstanceLock: () => false,
    quit: () => recorded.calls.push('app.quit'),
    whenReady: () => {
      recorded.calls.push('app.whenReady');
      return Promise.resolve();
    },
    getPath: () => recorded.userData,
  };
  return recordingElectron(recorded.calls, app);
});

afterAll(() => fs.rmSync(recorded.userData, { recursive: true, force: true }));

it('quits a second instance before it is ready: no window, no IPC handler, no data folder or lock', async () => {
  await import('../../../electron/main');
  // Quitting is the outcome waited for (50 ms of real time was a bet on a quiet machine); once it quit, nothing else may follow.
  await expect.poll(() => recorded.calls, { timeout: 10_000 }).toContain('app.quit');
  expect(recorded.calls).not.toContain('app.whenReady');
  expect(recorded.calls.filter((call) => /BrowserWindow|ipcMain|protocol\.handle|dialog/.test(call))).toEqual([]);
  expect(fs.readdirSync(recorded.userData)).toEqual([]);
}, 30_000); // It imports the whole main process, as main-folder-busy.spec.ts does: over 5 s under a load of 20.
