import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../../../../electron/services/sync-server/sync-server';
import { startSyncServer } from '../../../../../electron/services/sync-server/sync-server';
import type { ApiResult } from '../../../../../shared/api/contract-kit';
import { backendOn, closeBackendsOn } from '../../../../support/backend';
import { tempDir } from '../../../../support/temp-dir';

/*
 * Settings › Sync server (issue 13 item 5): the address and the plan's secret are kept on this
 * laptop (a 0600 file in its device folder, per plan), the secret is never answered back, a
 * bad address or a short secret is refused with a message and changes nothing, the status
 * says connected / refused, and the link comes up again when the app starts.
 */

const SECRET = 'kylä-ry-7f3a9c2e51d84b60';
const servers: SyncServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await closeBackendsOn(dir);
  for (const server of servers.splice(0)) await server.close();
});

async function laptop() {
  const dir = tempDir();
  dirs.push(dir);
  return { dir, backend: await backendOn(dir, () => new Date()) };
}

describe('the sync server set in Settings', () => {
  it('refuses a bad address or a short secret with a message and keeps nothing', async () => {
    const { dir, backend } = await laptop();
    for (const [input, field, message] of [
      [{ address: 'https://sync.example.org/', secret: SECRET }, 'address', 'v.syncServerAddress'],
      [{ address: 'wss://somevuoro:salainen@sync.example.org/', secret: SECRET }, 'address', 'v.syncServerAddress'],
      [{ address: 'sync.example.org', secret: SECRET }, 'address', 'v.syncServerAddress'],
      [{ address: 'wss://sync.example.org/', secret: 'lyhyt' }, 'secret', 'v.syncServerSecret'],
      [{ address: 'wss://sync.example.org/', secret: '' }, 'secret', 'v.syncServerSecret'],
    ] as const) {
      const result = (await backend.dispatch('syncserver:connect', input)) as ApiResult<unknown>;
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.issues).toContainEqual(expect.objectContaining({ path: field, message }));
    }
    expect(await backend.call('syncserver:state', {})).toEqual({ address: null, secretSaved: false, secretEncrypted: false, status: 'off' });
    expect(fs.readdirSync(dir, { recursive: true }).map(String).some((name) => name.endsWith('sync-servers.json'))).toBe(false);
  });

  it('connects with the secret, never answers it back, keeps it 0600 on this laptop, and joins again at the next start', async () => {
    const server = await startSyncServer({ port: 0, dataDir: tempDir(), secret: SECRET });
    servers.push(server);
    const { dir, backend } = await laptop();
    const state = await backend.call('syncserver:connect', { address: server.url, secret: SECRET });
    expect(JSON.stringify(state)).not.toContain(SECRET);
    await expect.poll(async () => (await backend.call('syncserver:state', {})).status, { timeout: 15_000 }).toBe('connected');
    const stored = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.name === 'sync-servers.json');
    expect(stored).toHaveLength(1);
    expect(fs.statSync(path.join(stored[0].parentPath, stored[0].name)).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(path.join(stored[0].parentPath, stored[0].name), 'utf8')).toContain(backend.repo.planId);
    // Not in the shared plan folder: another laptop's sync tool never carries it.
    expect(fs.readdirSync(backend.repo.planDir, { recursive: true }).map(String).some((name) => name.includes('sync-servers'))).toBe(false);

    await closeBackendsOn(dir);
    const again = await backendOn(dir, () => new Date());
    await expect.poll(async () => (await again.call('syncserver:state', {})).status, { timeout: 15_000 }).toBe('connected');
    // The secret kept: connecting again with the field left empty.
    expect((await again.call('syncserver:connect', { address: server.url, secret: '' })).secretSaved).toBe(true);
    expect(await again.call('syncserver:disconnect', {})).toMatchObject({ status: 'off', address: server.url, secretSaved: true });
  }, 60_000);

  it('says refused when the secret is wrong', async () => {
    const server = await startSyncServer({ port: 0, dataDir: tempDir(), secret: SECRET });
    servers.push(server);
    const { backend } = await laptop();
    await backend.call('syncserver:connect', { address: server.url, secret: 'väärä-salaisuus-123456' });
    await expect.poll(async () => (await backend.call('syncserver:state', {})).status, { timeout: 15_000 }).toBe('refused');
  }, 30_000);
});
