import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confDocumentFiles } from '../../../../electron/storage/document-file';
import { Repository } from '../../../../electron/storage/repository';
import { referenceIssues } from '../../../../shared/backup/backup-checks';
import { localDate } from '../../../../shared/domain/local-time';
import { snapshotFolder, tempDir } from '../../../support/temp-dir';

/*
 * test/fixtures/data-v1-1000/ (made by test/tools/make-v1-fixture.ts) is a folder as
 * today's JSON repository writes it: the migration to the next storage starts from it.
 * Opened with today's repository (on a copy), it reads whole, without a problem.
 */

const fixture = path.join(import.meta.dirname, '../../../fixtures/data-v1-1000');

describe('the schema v1 fixture of 1,000 posts', () => {
  it('opens with today’s repository: 1,000 posts over three years, 40 undated, 12 in the trash, every reference intact', async () => {
    const before = snapshotFolder(fixture);
    const dir = tempDir();
    fs.cpSync(fixture, dir, { recursive: true });
    const repo = await Repository.open({ dir, files: confDocumentFiles(dir), now: () => new Date('2026-12-01T09:00:00Z'), locale: 'fi-FI' });
    expect(repo.problems).toEqual([]);

    const data = await repo.snapshot();
    expect(data.posts).toHaveLength(1000);
    expect(await repo.undatedPosts()).toHaveLength(40);
    expect(await repo.postsBetween(localDate('2024-01-01'), localDate('2026-12-31'))).toHaveLength(960);
    expect(data.trash).toHaveLength(12);
    expect(data.trash.filter((entry) => data.posts.some((post) => post.id === entry.post.id))).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'posts')).filter((name) => /^\d{4}-\d{2}\.json$/.test(name))).toHaveLength(36);
    expect(data.main.channels).toHaveLength(5);
    expect(data.main.volunteers).toHaveLength(7);
    expect(data.main.duties).toHaveLength(156);
    expect(referenceIssues(data)).toEqual([]);

    // Varied enough for a field-by-field comparison to mean something.
    const some = (test: (post: (typeof data.posts)[number]) => boolean) => data.posts.filter(test).length;
    expect(some((post) => /[äöåÄÖÅé]/.test(post.title))).toBeGreaterThan(100);
    expect(some((post) => post.comments.length > 0)).toBeGreaterThan(50);
    expect(some((post) => post.approval !== null)).toBeGreaterThan(100);
    expect(some((post) => Object.keys(post.checklist).length > 0)).toBeGreaterThan(100);
    expect(some((post) => post.checklistOverride !== null)).toBeGreaterThan(0);
    expect(some((post) => Object.keys(post.variants).length > 0)).toBeGreaterThan(50);
    expect(some((post) => post.tags.length > 0)).toBeGreaterThan(100);
    expect(new Set(data.posts.map((post) => post.status)).size).toBe(6);
    const covered = data.posts.filter((post) => post.coverImage);
    expect(covered.length).toBeGreaterThan(10);
    for (const post of covered) expect(fs.statSync(path.join(dir, 'media', post.coverImage?.file ?? '')).size).toBe(post.coverImage?.bytes);

    // Opening a copy left the fixture itself as it was.
    expect(snapshotFolder(fixture)).toEqual(before);
  });
});
