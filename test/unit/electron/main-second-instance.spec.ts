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

vi.mock('electron', () => {
  const recorder = (name: string): unknown =>
    new Proxy(function standIn() {}, {
      get: (_target, key) => (key === 'then' ? undefined : recorder(`${name}.${String(key)}`)),
      apply: () => {
        recorded.calls.push(name);
        return recorder(`${name}()`);
      },
      construct: () => {
        recorded.calls.push(`new ${name}`);
        return recorder(`${name}#`) as object;
      },
    });
  const app: Record<string, unknown> = {
    requestSingleInstanceLock: () => false,
    quit: () => recorded.calls.push('app.quit'),
    whenReady: () => {
      recorded.calls.push('app.whenReady');
      return Promise.resolve();
    },
    getPath: () => recorded.userData,
  };
  const electron = new Proxy(
    { app: new Proxy(app, { get: (target, key: string) => target[key] ?? recorder(`app.${key}`) }) } as Record<string, unknown>,
    { get: (target, key: string) => target[key] ?? recorder(key) },
  );
  return { ...Object.fromEntries(['BrowserWindow', 'dialog', 'ipcMain', 'net', 'protocol', 'safeStorage', 'session', 'shell'].map((key) => [key, electron[key]])), app: electron.app, default: electron };
});

afterAll(() => fs.rmSync(recorded.userData, { recursive: true, force: true }));

it('quits a second instance before it is ready: no window, no IPC handler, no data folder or lock', async () => {
  await import('../../../electron/main');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(recorded.calls).toContain('app.quit');
  expect(recorded.calls).not.toContain('app.whenReady');
  expect(recorded.calls.filter((call) => /BrowserWindow|ipcMain|protocol\.handle|dialog/.test(call))).toEqual([]);
  expect(fs.readdirSync(recorded.userData)).toEqual([]);
});
