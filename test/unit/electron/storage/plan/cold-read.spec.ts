import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import { localDate } from '../../../../../shared/domain/local-time';
import type { Post } from '../../../../../shared/domain/post';
import { newPost } from '../../../../../shared/domain/post';
import { tempDir } from '../../../../support/temp-dir';

/*
 * Issue 12's last 2× lines: a month's first read on this laptop and opening the plan.
 * What a user meets is the read cache (electron/storage/README.md, "The read cache"), so
 * the laptop that migrated has every month cached, and a laptop that opened a plan others
 * wrote caches every month in a worker thread after open; opening reads no more than it must.
 */

const now = () => new Date('2026-11-25T10:00:00Z');
const open = (dir: string, planDir?: string) => AutomergeRepository.open({ dir, planDir, now, locale: 'fi-FI', readCache: true });
const post = (id: string, date: string): Post => newPost({ title: `Post ${id}`, date: localDate(date) }, id, now().toISOString());

afterEach(() => vi.restoreAllMocks());

describe('opening the plan', { timeout: 30_000 }, () => {
  it('deletes the chunk temps of a session that was killed, at the next open', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPost(post('a', '2026-03-10'));
    await repo.close();
    // What a session killed mid-save leaves: a temp beside the chunk it was writing, and its marker of being open.
    const folder = fs
      .readdirSync(path.join(dir, 'plan', 'automerge'), { recursive: true, withFileTypes: true })
      .find((entry) => entry.isDirectory() && entry.name === 'snapshot');
    if (!folder) throw new Error('no snapshot folder');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const temp = path.join(folder.parentPath, folder.name, `.${'a'.repeat(64)}.${os.hostname().replace(/[^A-Za-z0-9-]/g, '_')}-${dead}.0123abcd.tmp`);
    fs.writeFileSync(temp, 'half a chunk');
    fs.writeFileSync(path.join(dir, 'plan-open'), String(dead));

    const reopened = await open(dir);
    expect(fs.existsSync(temp)).toBe(false);
    expect((await reopened.allPosts()).map((found) => found.id)).toEqual(['a']);
    await reopened.close();
    expect(fs.existsSync(path.join(dir, 'plan-open'))).toBe(false);
  });
});
