import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerLink } from '../../../../../electron/services/sync-server/server-link';
import { linkToServer } from '../../../../../electron/services/sync-server/server-link';
import type { SyncServer } from '../../../../../electron/services/sync-server/sync-server';
import { startSyncServer } from '../../../../../electron/services/sync-server/sync-server';
import { openBackend } from '../../../../../electron/api/handlers';
import type { ApiResult } from '../../../../../shared/api/contract-kit';
import type { ChannelName, InputOf, OutputOf } from '../../../../../shared/api/contract';
import { tempDir } from '../../../../support/temp-dir';

/*
 * Issue 13 item 5: two laptops' plans, each in a folder of its own (no folder sync between
 * them), converge through the sync server: a post created on one is listed on the other,
 * both edit at once and both end with the same plan; a laptop with a wrong secret learns nothing.
 */

const SECRET = 'kylä-ry-7f3a9c2e51d84b60';
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

/** A laptop's services on its plan folder, merging what arrives there (as the app and the bridge do). */
async function servicesOn(planDir: string) {
  const backend = await openBackend({ dataDir: tempDir(), planDir, session: 'app', clock: () => new Date(), locale: 'fi-FI', log: () => {} });
  const call = async <K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = (await backend.dispatch(channel, input)) as ApiResult<OutputOf<K>>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  return { ...backend, call };
}
type Services = Awaited<ReturnType<typeof servicesOn>>;

async function laptop(planDir: string, server: SyncServer, secret = SECRET): Promise<{ backend: Services; link: ServerLink }> {
  const backend = await servicesOn(planDir);
  open.push({ close: () => backend.repo.close() });
  const link = linkToServer(planDir, server.url, secret);
  open.push(link);
  return { backend, link };
}

const titles = async (backend: Services) => (await backend.call('posts:list', { from: '2026-12-01', to: '2026-12-31' })).map((post) => post.title).sort();

describe('two plans joined by the sync server', () => {
  it('converge: a post made on one laptop is listed on the other, and edits made at once on both end the same', async () => {
    const server = await startSyncServer({ port: 0, dataDir: tempDir(), secret: SECRET });
    open.push(server);
    // One plan, copied to the second laptop once (as Open a shared plan would get it), then joined only through the server.
    const planA = path.join(tempDir(), 'plan');
    const seed = await servicesOn(planA);
    await seed.call('posts:create', { title: 'Joulumyyjäiset', date: '2026-12-12' });
    await seed.repo.close();
    const planB = path.join(tempDir(), 'plan');
    fs.cpSync(planA, planB, { recursive: true });

    const anna = await laptop(planA, server);
    const ben = await laptop(planB, server);
    await anna.backend.call('posts:create', { title: 'Kevätkokous', date: '2026-12-03' });
    await expect.poll(() => titles(ben.backend), { timeout: 20_000, interval: 250 }).toEqual(['Joulumyyjäiset', 'Kevätkokous']);

    await Promise.all([ben.backend.call('posts:create', { title: 'Talkoot', date: '2026-12-20' }), anna.backend.call('posts:create', { title: 'Pikkujoulut', date: '2026-12-18' })]);
    const all = ['Joulumyyjäiset', 'Kevätkokous', 'Pikkujoulut', 'Talkoot'];
    await expect.poll(() => titles(anna.backend), { timeout: 20_000, interval: 250 }).toEqual(all);
    await expect.poll(() => titles(ben.backend), { timeout: 20_000, interval: 250 }).toEqual(all);
    // A month neither had: a new document, named by the root, fetched from the server by id.
    await ben.backend.call('posts:create', { title: 'Vuosikokous', date: '2027-01-10' });
    await expect.poll(async () => (await anna.backend.call('posts:list', { from: '2027-01-01', to: '2027-01-31' })).map((post) => post.title), { timeout: 20_000, interval: 250 }).toEqual(['Vuosikokous']);
    // The main document (volunteers, duties) and the trash go through the server too, not only the months.
    await ben.backend.call('volunteers:create', { name: 'Sanni', email: '', phone: '', roles: [], channelIds: [], away: [], maxDutiesPerMonth: null, active: true });
    await expect.poll(async () => (await anna.backend.call('volunteers:list', {})).map((volunteer) => volunteer.name), { timeout: 20_000, interval: 250 }).toContain('Sanni');
    expect(anna.link.lastError()).toBeNull();
  }, 60_000);

  it('the status line of a laptop that only reads names who changed the plan through the server, and the laptops seen', async () => {
    const server = await startSyncServer({ port: 0, dataDir: tempDir(), secret: SECRET });
    open.push(server);
    const planA = path.join(tempDir(), 'plan');
    const seed = await servicesOn(planA);
    await seed.call('identity:set', { newVolunteer: { name: 'Anna Äijälä' } });
    await seed.call('posts:create', { title: 'Joulumyyjäiset', date: '2026-12-12' });
    const midsummer = await seed.call('posts:create', { title: 'Juhannus', date: '2027-06-25' });
    await seed.repo.close();
    const planB = path.join(tempDir(), 'plan');
    fs.cpSync(planA, planB, { recursive: true });
    const anna = await laptop(planA, server);
    // Who you are is kept on the laptop: Anna's new laptop folder says it again.
    const [volunteer] = await anna.backend.call('volunteers:list', {});
    await anna.backend.call('identity:set', { volunteerId: volunteer.id });
    const ben = await laptop(planB, server);
    // What the plan held when Ben opened it (read from his read cache, not loaded into the engine) names Anna too.
    await expect.poll(async () => (await ben.backend.call('plan:status', {})).people.map((person) => person.name), { timeout: 10_000, interval: 250 }).toContain('Anna Äijälä');
    // A month neither had: Ben reads its document from its chunk files, never loads it, never writes.
    await anna.backend.call('posts:create', { title: 'Laskiainen', date: '2027-02-14' });
    await expect.poll(async () => (await ben.backend.call('posts:list', { from: '2027-02-01', to: '2027-02-28' })).map((post) => post.title), { timeout: 20_000, interval: 250 }).toEqual(['Laskiainen']);
    expect((await ben.backend.call('plan:status', {})).lastChange).toMatchObject({ author: { name: 'Anna Äijälä' }, fromOutside: true });
    // An edit in a month Ben has never opened: only that month's document changes, and Ben's status line still names it.
    const editedFrom = new Date().toISOString();
    await anna.backend.call('posts:update', { id: midsummer.id, changes: { title: 'Juhannustanssit' } });
    await expect.poll(async () => (await ben.backend.call('plan:status', {})).lastChange?.at ?? '', { timeout: 20_000, interval: 250 }).toSatisfy((at: string) => at >= editedFrom);
  }, 60_000);

  it('a laptop with a wrong secret is refused and learns nothing', async () => {
    const server = await startSyncServer({ port: 0, dataDir: tempDir(), secret: SECRET });
    open.push(server);
    const planA = path.join(tempDir(), 'plan');
    const anna = await laptop(planA, server);
    await anna.backend.call('posts:create', { title: 'Salainen', date: '2026-12-12' });
    // The other laptop knows the plan's root (its plan.json) but not the secret; its months are empty.
    const planM = path.join(tempDir(), 'plan');
    fs.mkdirSync(planM, { recursive: true });
    fs.copyFileSync(path.join(planA, 'plan.json'), path.join(planM, 'plan.json'));
    const mallory = linkToServer(planM, server.url, 'wrong-secret-000000');
    open.push(mallory);
    await expect.poll(() => mallory.lastError(), { timeout: 10_000 }).toBe('Unexpected server response: 401');
    expect(fs.existsSync(path.join(planM, 'automerge'))).toBe(false);
  }, 30_000);
});
