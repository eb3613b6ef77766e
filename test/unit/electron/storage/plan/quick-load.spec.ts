import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as A from '@automerge/automerge';
import type { AutomergeUrl } from '@automerge/automerge-repo';
import { afterEach, describe, expect, it } from 'vitest';
import { noteOf, PlanEngine } from '../../../../../electron/storage/plan/plan-engine';
import { tempDir } from '../../../../support/temp-dir';

/*
 * A document is loaded into the engine with Automerge's own load and handed to automerge-repo
 * ready (plan/quick-load.ts): automerge-repo's load cost 3–5× that, and the first edit of a
 * month read from its cache paid it (71 ms at 10,000 posts on a quiet machine, over the 30 ms
 * save target).
 */

const engines: PlanEngine[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.close()));
});

type Month = { posts: Record<string, { title: string; text?: string }> };
const note = () => noteOf({ volunteerId: null, name: 'Anna' }, new Date());

/** A document written in two changes, and an engine opened on it as the next session would. */
async function twoChunkDocument(): Promise<{ dir: string; engine: PlanEngine; url: AutomergeUrl }> {
  const dir = tempDir();
  const first = new PlanEngine(dir, null);
  // Over 1 KB that does not compress: automerge-repo saves the second change as an incremental chunk (a smaller document it writes whole).
  const url = await first.create<Month>({ posts: { p1: { title: 'Joulumyyjäiset', text: randomBytes(1500).toString('hex') } } }, note());
  await first.change<Month>(url, note(), (doc) => (doc.posts.p2 = { title: 'Kevätsiivous' }));
  await first.close();
  const engine = new PlanEngine(dir, null);
  engines.push(engine);
  return { dir, engine, url };
}

/** Every chunk file of the plan folder with its modification time and inode: a file written or rewritten shows. */
function chunkFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const stat = fs.statSync(file);
      return `${path.relative(dir, file)} ${stat.mtimeMs} ${stat.ino}`;
    })
    .sort();
}

describe('loading a document into the engine', { timeout: 30_000 }, () => {
  it('does not go through automerge-repo\'s load, and the first edit after it is on disk for the next session', async () => {
    const { dir, engine, url } = await twoChunkDocument();
    await engine.change<Month>(url, note(), (doc) => (doc.posts.p1.title = 'Joulumyyjäiset 2027'));
    expect(engine.repoLoads).toBe(0);
    await engine.close();
    const next = new PlanEngine(dir, null);
    engines.push(next);
    const { posts } = await next.read<Month>(url);
    expect([posts.p1.title, posts.p2.title]).toEqual(['Joulumyyjäiset 2027', 'Kevätsiivous']);
  });

  it('saves the first edit after it as one incremental of that edit alone: the document is not written whole, and no chunk is rewritten', async () => {
    const { dir, engine, url } = await twoChunkDocument();
    const before = chunkFiles(dir);
    await engine.change<Month>(url, note(), (doc) => (doc.posts.p1.title = 'Joulumyyjäiset 2027'));
    const after = chunkFiles(dir);
    expect(after.filter((file) => !before.includes(file))).toEqual([expect.stringContaining('/incremental/')]);
    expect(before.filter((file) => !after.includes(file))).toEqual([]);
    // The title's change, not the 3 KB of text the document holds (written whole, it was a snapshot of all of it).
    const added = after.find((file) => !before.includes(file))?.split(' ')[0] ?? '';
    expect(fs.statSync(path.join(dir, added)).size).toBeLessThan(500);
  });

  it('writes nothing into the plan folder for a document only loaded, closing included', async () => {
    const { dir, engine, url } = await twoChunkDocument();
    const before = chunkFiles(dir);
    expect(before.filter((file) => file.includes('/incremental/'))).toHaveLength(1);
    await engine.handle(url);
    await engine.close();
    expect(chunkFiles(dir)).toEqual(before);
  });

  it('keeps the history of a document loaded this way: its changes, and what they did (history diffs them)', async () => {
    const { engine, url } = await twoChunkDocument();
    const doc = (await engine.handle<Month>(url)).doc();
    expect(engine.changesOf(url)).toHaveLength(2);
    // automerge-repo's handle was told the load had nothing to tell (quick-load.ts): only that once.
    expect(A.diff(doc, [], A.getHeads(doc)).length).toBeGreaterThan(0);
  });
});
