import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';

/*
 * The app started while its data folder is held by Somevuoro on another computer
 * (a synced folder), against a stand-in for `electron` in Finnish that records every
 * call; the error dialog and app.quit are recorded with what they were given.
 */

const recorded = vi.hoisted(() => ({ calls: [] as string[], dialogs: [] as [string, string][], userData: '' }));
recorded.userData = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-busy-'));
const lock = path.join(recorded.userData, 'data', 'somevuoro.lock');
const held = JSON.stringify({ pid: 4242, host: 'kerhon-lapari', startedAt: '2026-11-30T18:04:00.000Z', processStart: '99', nonce: 'x' });
fs.mkdirSync(path.dirname(lock));
fs.writeFileSync(lock, held);

vi.mock('electron', async () => {
  const { recordingApp, recordingElectron } = await import('../../support/electron-recorder');
  const { app, dialog } = recordingApp(recorded);
  return recordingElectron(recorded.calls, app, { dialog });
});

afterAll(() => fs.rmSync(recorded.userData, { recursive: true, force: true }));

it('says in Finnish which computer holds the data folder and since when, opens nothing and leaves its lock alone', async () => {
  await import('../../../electron/main');
  await vi.waitFor(() => expect(recorded.calls).toContain('app.quit'));
  expect(recorded.dialogs).toHaveLength(1);
  const [title, message] = recorded.dialogs[0];
  expect(title).toBe('Somevuoro ei voinut avata tietojaan');
  expect(message).toContain('Tietokansio on käytössä Somevuorossa tietokoneella ”kerhon-lapari” (prosessi 4242 ');
  expect(message).toContain(new Date('2026-11-30T18:04:00.000Z').toLocaleString('fi-FI'));
  expect(message).toContain(`poista ${lock}`);
  expect(recorded.calls.filter((call) => /BrowserWindow|ipcMain/.test(call))).toEqual([]);
  expect(fs.readFileSync(lock, 'utf8')).toBe(held);
  expect(fs.readdirSync(path.dirname(lock))).toEqual(['somevuoro.lock']);
}, 30_000); // It imports the whole main process: 4-6 s under a loaded machine's load of 20.
