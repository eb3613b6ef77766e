import { createHash } from 'node:crypto';
import fs from 'node:fs';
import * as A from '@automerge/automerge';
import { afterEach, describe, expect, it } from 'vitest';
import { ChunkFiles } from '../../../../../electron/storage/plan/chunk-files';
import { noteOf, PlanEngine } from '../../../../../electron/storage/plan/plan-engine';
import { tempDir } from '../../../../support/temp-dir';

/*
 * Issue 13, the folder path: a sync tool may finish another laptop's later chunk before the
 * one holding its parent. The engine loads it (its change waits inside Automerge), then
 * compacts this laptop's own edits into one snapshot and deletes the chunks it loaded,
 * that one too: the waiting change must be in the snapshot, or it is gone from the folder
 * (and, through the sync tool, from the other laptop's) before its parent ever comes.
 */

type Month = { posts: Record<string, { title: string }> };
const engines: PlanEngine[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.close()));
});
const open = (dir: string) => {
  const engine = new PlanEngine(dir, null);
  engines.push(engine);
  return engine;
};
/** Writes a chunk as another laptop's sync tool would (not through the engine). */
const arrive = async (dir: string, documentId: string, bytes: Uint8Array) => {
  const file = new ChunkFiles(dir);
  const key = [documentId, 'incremental', createHash('sha256').update(bytes).digest('hex')];
  await file.save(key, bytes);
  return file.pathOf(key);
};

describe('a change whose parent has not arrived', { timeout: 30_000 }, () => {
  it('survives this laptop compacting the document, and shows once its parent comes', async () => {
    const dir = tempDir();
    const first = open(dir);
    const url = await first.create<Month>({ posts: { p1: { title: 'Joulumyyjäiset' } } }, noteOf(null, new Date()));
    const documentId = url.slice('automerge:'.length);
    // Ben's laptop renamed the post twice; only the second rename's chunk has arrived.
    const ben = A.clone(first.docOf<Month>(url) as A.Doc<Month>, 'bb22');
    const renamed = A.change(ben, (doc) => void (doc.posts.p1.title = 'Joulumyyjäiset 2026'));
    const again = A.change(A.clone(renamed), (doc) => void (doc.posts.p1.title = 'Joulumyyjäiset lauantaina'));
    await first.close();
    const waiting = await arrive(dir, documentId, A.saveSince(again, A.getHeads(renamed)));

    // Opened again, the engine loads that chunk; 33 edits of its own make it compact.
    const engine = open(dir);
    expect((await engine.read<Month>(url)).posts.p1.title).toBe('Joulumyyjäiset');
    for (let i = 0; i < 33; i++) await engine.change<Month>(url, noteOf(null, new Date(), [`p${i + 2}`]), (doc) => void (doc.posts[`p${i + 2}`] = { title: `Talkoot ${i}` }));
    // The compaction deleted the chunk it had loaded: the change now lives in the snapshot only.
    expect(fs.existsSync(waiting)).toBe(false);
    await engine.close();

    await arrive(dir, documentId, A.saveSince(renamed, A.getHeads(ben)));
    expect((await open(dir).read<Month>(url)).posts.p1.title).toBe('Joulumyyjäiset lauantaina');
  });
});
