import { createHash } from 'node:crypto';
import * as A from '@automerge/automerge';
import { generateAutomergeUrl, parseAutomergeUrl } from '@automerge/automerge-repo';
import { afterEach, describe, expect, it } from 'vitest';
import { linkToServer } from '../../../../../electron/services/sync-server/server-link';
import { startSyncServer } from '../../../../../electron/services/sync-server/sync-server';
import { ChunkFiles } from '../../../../../electron/storage/plan/chunk-files';
import { chunksDirOf, writePlanFile } from '../../../../../electron/storage/plan/plan-folder';
import { tempDir } from '../../../../support/temp-dir';

/*
 * Issue 13: a sync tool may finish copying a chunk before the chunk holding its parents.
 * The server link reads it, and Automerge keeps its change waiting for the parent; the
 * link must still send it once the parent arrives, even after the server brought news
 * meanwhile (rebuilding the folder's copy then dropped the waiting change for good:
 * the chunk is marked read and never read again, and the other laptop never got it).
 * Raw chunks, no plan services: the order of files is the whole test.
 */

const SECRET = 'kylä-ry-7f3a9c2e51d84b60';
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

// A type, not an interface: A.from wants a record.
type Shape = { n: number; anna?: string; ben?: string; posts?: Record<string, { title: string }> };

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A plan folder whose root document starts as `base`. */
async function folderWith(url: string, base: Uint8Array) {
  const planDir = tempDir();
  writePlanFile(planDir, { format: 1, root: url, createdAt: '2026-12-01T00:00:00.000Z' });
  const chunks = new ChunkFiles(chunksDirOf(planDir));
  const documentId = parseAutomergeUrl(url as Parameters<typeof parseAutomergeUrl>[0]).documentId;
  const write = (bytes: Uint8Array) => chunks.save([documentId, 'incremental', sha256(bytes)], bytes);
  /** The document as every whole chunk in the folder makes it. */
  const read = async () => {
    const keys = await chunks.keysUnder([documentId]);
    const whole = (await Promise.all(keys.map((key) => chunks.readOutside(key)))).flatMap((chunk) => (chunk ? [chunk.data] : []));
    return A.load<Shape>(Buffer.concat(whole), { allowMissingChanges: true });
  };
  await chunks.save([documentId, 'snapshot', sha256(base)], base);
  return { planDir, write, read };
}

describe('the server link and chunks that arrive before their parents', () => {
  it('sends a change whose parent came later, though the server brought news in between', async () => {
    const server = await startSyncServer({ port: 0, dataDir: tempDir(), secret: SECRET });
    open.push(server);
    const url = generateAutomergeUrl();
    const base = A.from<Shape>({ n: 0 });
    const anna = await folderWith(url, A.save(base));
    const ben = await folderWith(url, A.save(base));
    open.push(linkToServer(anna.planDir, server.url, SECRET), linkToServer(ben.planDir, server.url, SECRET));

    // Anna's laptop made n = 1 (the parent) then n = 2 (its child) and, on another window, a note.
    const parent = A.change(A.clone(base), (doc) => void (doc.n = 1));
    const child = A.change(A.clone(parent), (doc) => void (doc.n = 2));
    const note = A.change(A.clone(base, 'aa11'), (doc) => void (doc.anna = 'muistiinpano'));
    const all = A.merge(A.clone(child), note);
    // The sync tool delivers the child (with the note) first: the note can be merged, the child waits.
    await anna.write(A.saveSince(all, A.getHeads(parent)));
    await expect.poll(async () => (await ben.read()).anna, { timeout: 15_000 }).toBe('muistiinpano');
    expect((await ben.read()).n).toBe(0);
    // Ben's laptop changes something while Anna's child still waits: the server brings it to Anna's folder.
    await ben.write(A.saveSince(A.change(A.clone(base, 'bb22'), (doc) => void (doc.ben = 'vastaus')), A.getHeads(base)));
    await expect.poll(async () => (await anna.read()).ben, { timeout: 15_000 }).toBe('vastaus');
    // The parent's chunk completes at last: Ben gets both of Anna's changes.
    await anna.write(A.saveSince(parent, A.getHeads(base)));
    await expect.poll(async () => (await ben.read()).n, { timeout: 15_000 }).toBe(2);
  }, 60_000);
});

/*
 * Issue 13, the server soak's lost edit: Anna edits a post while Ben moves it out of the
 * month (a delete there), and the delete reaches Anna's link and the server first. Anna's
 * edit then changes the document's heads but no value anyone sees, and automerge-repo sends
 * a document to its peers only on a change that shows (DocHandle emits 'change' only with
 * patches): her link never sent it to the server, nor the server to Ben, and the two laptops
 * listed the edits lost to deletes differently for good.
 */
describe('the server link and an edit a concurrent delete hides', () => {
  it('brings the edit to the other laptop though the delete came first', async () => {
    const server = await startSyncServer({ port: 0, dataDir: tempDir(), secret: SECRET });
    open.push(server);
    const url = generateAutomergeUrl();
    const base = A.from<Shape>({ n: 0, posts: { p1: { title: 'Joulumyyjäiset' } } });
    const anna = await folderWith(url, A.save(base));
    const ben = await folderWith(url, A.save(base));
    open.push(linkToServer(anna.planDir, server.url, SECRET), linkToServer(ben.planDir, server.url, SECRET));

    const edit = A.change(A.clone(base, 'aa11'), (doc) => void (doc.posts!.p1.title = 'Joulumyyjäiset 2026'));
    const removal = A.change(A.clone(base, 'bb22'), (doc) => void delete doc.posts!.p1);
    await ben.write(A.saveSince(removal, A.getHeads(base)));
    await expect.poll(async () => (await anna.read()).posts?.p1, { timeout: 15_000 }).toBeUndefined();
    // Anna's edit, made before the delete reached her, is saved only now.
    await anna.write(A.saveSince(edit, A.getHeads(base)));
    await expect.poll(async () => A.getHeads(await ben.read()), { timeout: 15_000 }).toContain(A.getHeads(edit)[0]);
  }, 60_000);
});
