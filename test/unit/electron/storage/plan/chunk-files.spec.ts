import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { ChunkFiles, isWholeChunk, removeDeadTemps } from '../../../../../electron/storage/plan/chunk-files';
import { tempDir } from '../../../../support/temp-dir';

const docId = '3xYzAbCdEfGhJkLmNpQrStUvWx';

function chunks() {
  let doc = A.from<{ posts: Record<string, { title: string }> }>({ posts: { a: { title: 'first' } } });
  const snapshot = A.save(doc);
  const heads = A.getHeads(doc);
  doc = A.change(doc, (d) => {
    d.posts.b = { title: 'second' };
  });
  return { snapshot, incremental: A.saveSince(doc, heads) };
}

async function hashOf(data: Uint8Array): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(data).digest('hex');
}

describe('chunk files (safe writes under sync tools)', () => {
  it('recognises whole Automerge chunks and refuses any truncation of them', () => {
    const { snapshot, incremental } = chunks();
    expect(isWholeChunk(snapshot)).toBe(true);
    expect(isWholeChunk(incremental)).toBe(true);
    for (const cut of [1, 10, snapshot.length - 1]) expect(isWholeChunk(snapshot.subarray(0, cut))).toBe(false);
    const flipped = new Uint8Array(snapshot);
    flipped[flipped.length - 1] ^= 0xff;
    expect(isWholeChunk(flipped)).toBe(false);
  });

  it('writes a chunk through a temp file and rename, and skips a truncated, a temp and a conflict-copy file when loading', async () => {
    const dir = tempDir();
    const storage = new ChunkFiles(dir);
    const { snapshot, incremental } = chunks();
    const incName = await hashOf(incremental);
    await storage.save([docId, 'snapshot', 'a'.repeat(64)], snapshot);
    await storage.save([docId, 'incremental', incName], incremental);
    const folder = path.join(dir, docId.slice(0, 2), docId.slice(2), 'incremental');
    expect(fs.readdirSync(folder)).toEqual([incName]);
    // What a sync tool leaves: a half-copied chunk under its final name, its own temp, a conflict copy.
    const partialName = await hashOf(new Uint8Array([...incremental, 1]));
    fs.writeFileSync(path.join(folder, partialName), incremental.subarray(0, 20));
    fs.writeFileSync(path.join(folder, `.${incName}.syncthing.tmp`), incremental);
    fs.writeFileSync(path.join(folder, `${incName} (conflicted copy 2026-12-01)`), incremental.subarray(0, 5));
    fs.writeFileSync(path.join(folder, `${incName}.sync-conflict-20261201-120000-ABCDEF`), incremental.subarray(0, 5));

    const reader = new ChunkFiles(dir);
    const loaded = await reader.loadRange([docId, 'incremental']);
    expect(loaded.map((chunk) => chunk.key)).toEqual([[docId, 'incremental', incName]]);
    const doc = A.loadIncremental(A.init<{ posts: Record<string, { title: string }> }>(), new Uint8Array([...(await reader.loadRange([docId, 'snapshot']))[0].data!, ...loaded[0].data!]));
    expect(Object.keys(doc.posts).sort()).toEqual(['a', 'b']);
  });

  it('never rewrites an existing chunk, and removes only chunks this process loaded or wrote', async () => {
    const dir = tempDir();
    const { snapshot, incremental } = chunks();
    const incName = await hashOf(incremental);
    const first = new ChunkFiles(dir);
    await first.save([docId, 'incremental', incName], incremental);
    const file = first.pathOf([docId, 'incremental', incName]);
    const before = fs.statSync(file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await new ChunkFiles(dir).save([docId, 'incremental', incName], incremental);
    const after = fs.statSync(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);

    // Another laptop's chunk arrived after this process loaded the document: compaction must leave it.
    const other = new ChunkFiles(dir);
    await other.save([docId, 'snapshot', 'b'.repeat(64)], snapshot);
    await first.removeRange([docId]);
    await first.remove([docId, 'snapshot', 'b'.repeat(64)]);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(other.pathOf([docId, 'snapshot', 'b'.repeat(64)]))).toBe(true);
  });

  it('deletes the temp files a killed process of this computer left, and leaves other computers’ and running processes’ temps', () => {
    const dir = tempDir();
    const folder = path.join(dir, 'ab', 'cdef', 'incremental');
    fs.mkdirSync(folder, { recursive: true });
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const host = os.hostname().replace(/[^A-Za-z0-9-]/g, '_');
    const name = (owner: string) => `.${'a'.repeat(64)}.${owner}.0123abcd.tmp`;
    for (const owner of [`${host}-${dead}`, `${host}-${process.pid}`, `other-laptop-${dead}`]) fs.writeFileSync(path.join(folder, name(owner)), 'x');
    expect(removeDeadTemps(dir).map((file) => path.basename(file))).toEqual([name(`${host}-${dead}`)]);
    expect(fs.readdirSync(folder).sort()).toEqual([name(`${host}-${process.pid}`), name(`other-laptop-${dead}`)].sort());
  });
});

describe('trusting a chunk file by its stamp (size, modification time, inode)', () => {
  it('takes a chunk’s hash from a cache while its file keeps the stamp it had, and hashes it again when its size or time changed', async () => {
    const dir = tempDir();
    const { snapshot } = chunks();
    const name = `snapshot/${'a'.repeat(64)}`;
    const file = new ChunkFiles(dir).pathOf([docId, ...name.split('/')]);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, snapshot);
    // Whole seconds: a time put back below is then exactly the one stamped.
    fs.utimesSync(file, 1_700_000_000, 1_700_000_000);
    const digest = await hashOf(snapshot);
    // What a cache's writer records with it: the stamp of the bytes it hashed.
    const [stamp] = new ChunkFiles(dir).stampsOf(docId, [`${name}@${digest}`]);
    expect(stamp).toMatch(/^\d+:/);
    const claimed = (claim: string) => new Map([[name, { stamp, digest: claim }]]);
    // Stamp unchanged: the claim is taken as it is (a made-up hash shows that nothing was read).
    expect(new ChunkFiles(dir).chunkContentsOf(docId, claimed('claimed'))).toEqual([`${name}@claimed`]);
    // Other bytes of another size, written in place with the old time put back: read and hashed.
    const other = A.save(A.from({ posts: { c: { title: 'Other bytes, another size' } } }));
    expect(other.length).not.toBe(snapshot.length);
    fs.writeFileSync(file, other);
    fs.utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect(new ChunkFiles(dir).chunkContentsOf(docId, claimed('claimed'))).toEqual([`${name}@${await hashOf(other)}`]);
    // The first bytes again (the size stamped), at another time: read and hashed.
    fs.writeFileSync(file, snapshot);
    expect(new ChunkFiles(dir).chunkContentsOf(docId, claimed('claimed'))).toEqual([`${name}@${digest}`]);
    // No stamp is given for bytes the file does not hold.
    expect(new ChunkFiles(dir).stampsOf(docId, [`${name}@${'0'.repeat(64)}`])).toEqual(['']);
  });
});
