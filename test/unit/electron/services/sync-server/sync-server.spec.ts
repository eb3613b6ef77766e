import fs from 'node:fs';
import path from 'node:path';
import { Repo } from '@automerge/automerge-repo';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../../../../electron/services/sync-server/sync-server';
import { showsSecret, startSyncServer } from '../../../../../electron/services/sync-server/sync-server';
import { parseSyncServerArgs } from '../../../../../electron/cli/sync-server-cli';
import { SyncServerClient } from '../../../../../electron/services/sync-server/server-client';
import { tempDir } from '../../../../support/temp-dir';

/*
 * Issue 13 item 5: the sync server on 127.0.0.1. Two laptops' documents converge through it;
 * a client without the plan's secret is refused and learns nothing; a client with it is
 * never told of a document it did not ask for.
 */

const SECRET = 'kylä-ry-7f3a9c2e51d84b60';
const servers: SyncServer[] = [];
const clients: Repo[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((repo) => repo.shutdown()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A laptop's automerge-repo connected to the server with `secret` (HTTP Basic, as the app sends it). */
function laptop(server: SyncServer, secret: string, client = new SyncServerClient(server.url, secret, 200)): Repo {
  const repo = new Repo({ network: [client], sharePolicy: () => Promise.resolve(true) });
  clients.push(repo);
  return repo;
}

async function server(storage = tempDir()): Promise<SyncServer & { storage: string }> {
  const started = await startSyncServer({ port: 0, dataDir: storage, secret: SECRET });
  servers.push(started);
  return { ...started, storage };
}

/** Every file under a folder, as the server stored it. */
const filesIn = (dir: string) => fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));

/** Until the server has stored the document (a laptop asking before then is told it is unavailable). */
async function storedOn(hub: { storage: string }, documentId: string): Promise<void> {
  await expect.poll(() => filesIn(hub.storage).some((file) => file.includes(documentId.slice(2))), { timeout: 10_000 }).toBe(true);
}

describe('npx somevuoro sync-server', () => {
  it('carries one laptop’s changes to another that asks for the document, both ways', async () => {
    const hub = await server();
    const anna = laptop(hub, SECRET);
    const ben = laptop(hub, SECRET);
    const handle = anna.create<{ posts: Record<string, string> }>({ posts: { a: 'Joulumyyjäiset' } });
    await storedOn(hub, handle.documentId);
    const found = await ben.find<{ posts: Record<string, string> }>(handle.url);
    await expect.poll(() => found.doc().posts.a, { timeout: 10_000 }).toBe('Joulumyyjäiset');
    found.change((doc) => {
      doc.posts.b = 'Kevätkokous';
    });
    handle.change((doc) => {
      doc.posts.a = 'Joulumyyjäiset 12.12.';
    });
    await expect.poll(() => JSON.stringify(handle.doc().posts), { timeout: 10_000 }).toBe(JSON.stringify({ a: 'Joulumyyjäiset 12.12.', b: 'Kevätkokous' }));
    await expect.poll(() => JSON.stringify(found.doc().posts), { timeout: 10_000 }).toBe(JSON.stringify(handle.doc().posts));
  }, 30_000);

  it('answers a laptop that connects the moment it has started on that first connection, not after a retry', async () => {
    const hub = await server();
    // Retrying after 5 s (the app's interval), so that only a connection the server dropped connects again.
    const client = new SyncServerClient(hub.url, SECRET, 5000);
    let connections = 0;
    const connect = client.connect.bind(client);
    client.connect = (...args) => {
      connections++;
      connect(...args);
    };
    const answered = new Promise<void>((resolve) => client.once('peer-candidate', () => resolve()));
    laptop(hub, SECRET, client);
    await answered;
    expect(connections).toBe(1);
  }, 30_000);

  it('refuses a client with a wrong secret: it learns nothing of a document it names', async () => {
    const hub = await server();
    const anna = laptop(hub, SECRET);
    const handle = anna.create<{ title: string }>({ title: 'Salainen suunnitelma' });
    await storedOn(hub, handle.documentId);
    expect(showsSecret(`Basic ${Buffer.from('somevuoro:wrong-secret-000000').toString('base64')}`, SECRET)).toBe(false);
    expect(showsSecret(undefined, SECRET)).toBe(false);
    expect(showsSecret(`Basic ${Buffer.from(`somevuoro:${SECRET}`).toString('base64')}`, SECRET)).toBe(true);

    const refused = new SyncServerClient(hub.url, 'wrong-secret-000000', 200);
    const mallory = laptop(hub, 'wrong-secret-000000', refused);
    const asked = await mallory.find<{ title: string }>(handle.url, { allowableStates: ['ready', 'unavailable'] }).then(
      (found) => (found.isReady() ? found.doc().title : 'unavailable'),
      () => 'unavailable',
    );
    expect(asked).toBe('unavailable');
    expect(refused.lastError).toBe('Unexpected server response: 401');
    expect(Object.keys(mallory.handles).map((id) => mallory.handles[id as keyof typeof mallory.handles].isReady())).not.toContain(true);
    // The one who knows the secret gets it from the same server.
    const checker = laptop(hub, SECRET);
    expect((await checker.find<{ title: string }>(handle.url)).doc().title).toBe('Salainen suunnitelma');
  }, 30_000);

  it('never announces a document to a client that did not ask for it', async () => {
    const hub = await server();
    const anna = laptop(hub, SECRET);
    const ben = laptop(hub, SECRET);
    const handle = anna.create<{ title: string }>({ title: 'Vain pyytäjälle' });
    // The server has it (stored), Ben is connected meanwhile…
    await storedOn(hub, handle.documentId);
    // …and a third laptop that asks gets it, so the server has had every chance to tell Ben…
    const other = laptop(hub, SECRET);
    expect((await other.find<{ title: string }>(handle.url)).doc().title).toBe('Vain pyytäjälle');
    // …but Ben, who did not ask, was told nothing: no handle for the document in his repo.
    expect(Object.keys(ben.handles)).not.toContain(handle.documentId);
  }, 30_000);

  it('starts only with a port, a folder and a secret of 16 characters or more, which never comes from the command line', () => {
    const dir = tempDir();
    expect(parseSyncServerArgs(['--port', '7070', '--data', dir], {}, 'fi')).toEqual({ kind: 'error', message: 'Anna suunnitelman jaettu salaisuus (vähintään 16 merkkiä) muuttujassa SOMEVUORO_SYNC_SECRET tai valinnalla --secret-file TIEDOSTO.' });
    expect(parseSyncServerArgs(['--port', '7070', '--data', dir], { SOMEVUORO_SYNC_SECRET: 'lyhyt' }, 'en')).toMatchObject({ kind: 'error' });
    expect(parseSyncServerArgs(['--port', 'x', '--data', dir], { SOMEVUORO_SYNC_SECRET: SECRET }, 'en')).toEqual({ kind: 'error', message: '--port must be a port number (1–65535), got "x".' });
    expect(parseSyncServerArgs(['--port', '7070', '--secret', SECRET, '--data', dir], {}, 'en')).toMatchObject({ kind: 'error', message: expect.stringMatching(/Unknown option '--secret'/) });
    const secretFile = path.join(dir, 'secret');
    fs.writeFileSync(secretFile, `${SECRET}\n`);
    expect(parseSyncServerArgs(['--port', '7070', '--data', dir, '--secret-file', secretFile], {}, 'en')).toEqual({ kind: 'run', port: 7070, host: '127.0.0.1', dataDir: dir, secret: SECRET });
  });
});
