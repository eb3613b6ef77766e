import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import { localDate } from '../../../../../shared/domain/local-time';
import { newPost } from '../../../../../shared/domain/post';
import { tempDir } from '../../../../support/temp-dir';

const run = promisify(execFile);
const child = path.join(import.meta.dirname, 'two-laptops-child.ts');
const laptop = (...args: string[]) => run(process.execPath, ['--import', 'tsx', child, ...args], { timeout: 120_000 });

/** inode and modification time of every chunk file. */
function chunkStats(planDir: string): Map<string, string> {
  const stats = new Map<string, string>();
  for (const entry of fs.readdirSync(path.join(planDir, 'automerge'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const stat = fs.statSync(path.join(entry.parentPath, entry.name));
    stats.set(path.join(entry.parentPath, entry.name), `${stat.ino}:${stat.mtimeMs}`);
  }
  return stats;
}

describe('one plan folder, two processes', () => {
  it('two laptops writing at once each see the other’s posts and edits after reopening, and no chunk file is rewritten', async () => {
    const planDir = path.join(tempDir(), 'plan');
    const [annaDir, benDir] = [tempDir(), tempDir()];
    const first = await AutomergeRepository.open({ dir: annaDir, planDir, now: () => new Date(), locale: 'fi-FI' });
    await first.insertPost(newPost({ title: 'Shared', text: 'Original', date: localDate('2026-11-20') }, 'shared-post', new Date().toISOString()));
    await first.close();
    const before = chunkStats(planDir);

    const written = await Promise.all([laptop('write', annaDir, planDir, 'anna'), laptop('write', benDir, planDir, 'ben')]);
    expect(written.map((result) => result.stdout.trim())).toEqual(['done', 'done']);

    const after = chunkStats(planDir);
    const kept = [...before.keys()].filter((file) => after.has(file));
    // Compaction folds what a process loaded into a snapshot; what it kept is exactly as it was.
    expect(kept.length).toBeGreaterThan(0);
    for (const file of kept) expect(after.get(file), `${file} was rewritten`).toBe(before.get(file));

    for (const dir of [annaDir, benDir]) {
      const seen = JSON.parse((await laptop('read', dir, planDir)).stdout) as { id: string; title: string; text: string }[];
      const ids = seen.map((post) => post.id);
      for (const name of ['anna', 'ben']) for (let i = 0; i < 10; i++) expect(ids).toContain(`${name}-${i}`);
      expect(seen.find((post) => post.id === 'shared-post')).toMatchObject({ title: 'Title by Anna', text: 'Text by Ben' });
    }
  }, 240_000);
});
