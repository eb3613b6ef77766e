import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedImage } from '../../../../../shared/api/media-contract';
import { canonicalJson } from '../../../../../shared/backup/folder-data';
import { localDate, localTime } from '../../../../../shared/domain/local-time';
import type { Post } from '../../../../../shared/domain/post';
import { newPost } from '../../../../../shared/domain/post';
import { plusDays } from '../../../../../shared/calendar/calendar-dates';
import { backendOn } from '../../../../support/backend';
import { exportBackup, uploadFile } from '../../../../support/backup-files';
import { seedExportFolder } from '../../../../support/export-seed';
import { noisyPng } from '../../../../support/images';
import { checked } from '../../../../support/checked-folder';
import { tempDir } from '../../../../support/temp-dir';
import { sized } from '../../../../support/test-size';

/*
 * Issue 10, item 1: a backup with ordinary photos could not be restored (pictures
 * as base64 in one JSON string; restore took at most 60,000,000 characters). Here
 * 30 covers of 4 MB (120 MB of pictures that do not compress) and 10,000 posts go
 * out as a zip and come back into a fresh folder exactly; npm test sends 12 (48 MB, still
 * 64,000,000 characters as base64) and 4,000 posts. Time and peak memory are printed for
 * the closing note; the time is bounded by what writing the posts took in the same run.
 */

const COVERS = sized(12, 30);
const COVER_BYTES = 4 * 1024 * 1024;
const POSTS = sized(4_000, 10_000);
const later = () => new Date('2026-03-05T10:00:00Z');
const text = 'Tervetuloa kylän syystalkoisiin! Haravoimme koulun pihan ja kunnostamme pururadan. Mukaan mahtuu kaikenikäisiä, ja talkoolaisille on tarjolla keittoa ja kahvia. Ota omat työhanskat mukaan. #talkoot ';

function digests(mediaDir: string): Map<string, string> {
  return new Map(fs.readdirSync(mediaDir).map((name) => [name, createHash('sha256').update(fs.readFileSync(path.join(mediaDir, name))).digest('hex')]));
}

describe('a big backup', () => {
  it(`with ${COVERS} covers of 4 MB and ${POSTS.toLocaleString('en')} posts exports to a zip and restores into a fresh folder exactly`, async () => {
    const source = tempDir();
    const { backend, channels } = await seedExportFolder(source);
    const covers: ImportedImage[] = [];
    for (let i = 0; i < COVERS; i++) {
      const image = await backend.call('media:importImage', { fileName: `kuva-${i}.png`, data: noisyPng(COVER_BYTES, i + 1).toString('base64') });
      expect(image.bytes).toBeGreaterThanOrEqual(COVER_BYTES - 4000);
      covers.push(image);
    }
    const current = await backend.repo.snapshot();
    const start = localDate('2024-01-01');
    const posts: Post[] = Array.from({ length: POSTS }, (_, i) => {
      const post = newPost(
        { title: `Julkaisu ${i}`, text, date: plusDays(start, Math.floor((i * 1500) / POSTS)), time: localTime(`${String(8 + (i % 12)).padStart(2, '0')}:00`), status: 'draft', tags: ['talkoot'], channelIds: [i % 2 ? channels.fb.id : channels.ig.id] },
        `big-${i}`,
        '2026-01-01T00:00:00.000Z',
      );
      return i < COVERS ? { ...post, coverImage: { ...covers[i], alt: `Kuva ${i}` } } : post;
    });
    // Writing the posts and reading them back in a fresh open: the yardstick the export and restore are measured by, on the machine as loaded now.
    const seeding = performance.now();
    await backend.repo.replaceContents(checked({ ...current, posts: [...current.posts, ...posts] }));
    const original = await (await backendOn(source, later)).repo.snapshot();
    const seeded = performance.now() - seeding;
    expect(original.posts).toHaveLength(POSTS + 3);

    let peak = process.memoryUsage().rss;
    const baseline = peak;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const began = performance.now();
    try {
      const zip = await exportBackup(await backendOn(source, later));
      const exported = performance.now();
      const pictures = COVERS * COVER_BYTES;
      expect(zip.file.bytes).toBeGreaterThan(pictures);
      expect(zip.file.bytes).toBeLessThan(pictures + 10 * 1024 * 1024);

      const target = tempDir();
      const restored = await backendOn(target, later);
      const uploadId = await uploadFile(restored, zip.file.fileName, zip.path);
      const uploaded = performance.now();
      const summary = await restored.call('import:check', { uploadId });
      expect(summary.counts.posts.new).toBe(POSTS + 3);
      await restored.call('import:apply', { uploadId, mode: 'replace', conflicts: 'keep' });
      const done = performance.now();
      expect(fs.readdirSync(path.join(target, '.tmp', 'uploads'))).toEqual([]);

      const reopened = await (await backendOn(target, later)).repo.snapshot();
      expect(reopened.posts).toHaveLength(POSTS + 3);
      // Main document, every post and the trash, field for field.
      expect(canonicalJson(reopened.main) === canonicalJson(original.main)).toBe(true);
      expect(canonicalJson(reopened.trash) === canonicalJson(original.trash)).toBe(true);
      const byId = new Map(reopened.posts.map((post) => [post.id, canonicalJson(post)]));
      expect(original.posts.filter((post) => byId.get(post.id) !== canonicalJson(post)).map((post) => post.id)).toEqual([]);
      // Every picture, byte for byte.
      const want = digests(path.join(source, 'plan', 'media'));
      expect(want.size).toBe(COVERS);
      expect(digests(path.join(target, 'plan', 'media'))).toEqual(want);

      const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
      console.log(
        `[big backup] zip ${(zip.file.bytes / 1024 / 1024).toFixed(1)} MB; export ${seconds(began, exported)} s, upload ${seconds(exported, uploaded)} s, check + apply ${seconds(uploaded, done)} s, total ${seconds(began, done)} s (${((done - began) / seeded).toFixed(1)}× writing and reading the posts, ${(seeded / 1000).toFixed(1)} s); ` +
          `RSS ${(baseline / 1024 / 1024).toFixed(0)} MB before, peak ${(peak / 1024 / 1024).toFixed(0)} MB`,
      );
      // Relative to the same posts written and read back a moment before, on the machine as loaded then (2.4× at load 18):
      // a fixed 60 s failed at load 17 with nothing wrong, while a restore gone quadratic would still be far past this.
      expect(done - began).toBeLessThan(6 * seeded);
    } finally {
      clearInterval(sampler);
    }
  }, 360_000); // 136 s at load 18 and over 180 s beside other runs: the bound above is the timing check, not this.
});
