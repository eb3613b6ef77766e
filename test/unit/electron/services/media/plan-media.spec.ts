import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoverImage } from '../../../../../shared/domain/post';
import { backendOn } from '../../../../support/backend';
import { pngImage } from '../../../../support/images';
import { tempDir } from '../../../../support/temp-dir';

/*
 * Issue 13: a post's images travel with a shared plan. They live in the plan folder's
 * media/, named by the SHA-256 of their bytes; a laptop whose sync tool has not finished
 * copying one does not take the part for the image; images a data folder held before
 * issue 13 are copied into the plan when it opens, and stay where they were.
 */

const now = () => new Date('2026-11-25T10:00:00Z');
const stampOf = (file: string) => `${fs.statSync(file).ino}:${fs.statSync(file).mtimeMs}`;

/** Anna's and Ben's laptops: two data folders on one plan folder (as a sync tool makes it look). */
async function twoLaptops() {
  const planDir = path.join(tempDir(), 'Nextcloud', 'Somevuoro');
  const anna = await backendOn(tempDir(), now, 'fi-FI', planDir);
  const png = pngImage(120, 80);
  const imported = await anna.call('media:importImage', { fileName: 'kansi.png', data: png.toString('base64') });
  const post = await anna.call('posts:create', { title: 'Talkoot', date: '2026-12-05', coverImage: { ...imported, alt: 'Haravat' } });
  const ben = await backendOn(tempDir(), now, 'fi-FI', planDir);
  return { planDir, anna, ben, png, post, image: post.coverImage as CoverImage, file: path.join(planDir, 'media', imported.file) };
}

describe("a post's images in a shared plan", () => {
  it('an image attached on one laptop is there, byte for byte, on the other, under the SHA-256 of its bytes', async () => {
    const { ben, png, post, image, file } = await twoLaptops();
    expect(image.file).toBe(`${createHash('sha256').update(png).digest('hex')}.png`);
    const seen = await ben.call('posts:get', { id: post.id });
    expect(seen.coverImage).toEqual(image);
    const found = ben.media.mediaFile(image.file, image.bytes);
    expect(found?.file).toBe(file);
    expect(fs.readFileSync(found?.file ?? '').equals(png)).toBe(true);
    // Nothing but the image: no temp left for a sync tool to carry.
    expect(fs.readdirSync(path.dirname(file))).toEqual([image.file]);
  });

  it('the same picture added on the second laptop writes nothing: the file is never written again', async () => {
    const { ben, png, image, file } = await twoLaptops();
    const before = stampOf(file);
    const again = await ben.call('media:importImage', { fileName: 'sama.png', data: png.toString('base64') });
    expect(again.file).toBe(image.file);
    expect(stampOf(file)).toBe(before);
  });

  it('a file the sync tool has copied in part (short, or its full length not yet written) is not the image; once whole it is', async () => {
    const { ben, png, post, image, file } = await twoLaptops();
    fs.rmSync(file);
    expect(ben.media.mediaFile(image.file, image.bytes)).toBeNull();
    fs.writeFileSync(file, png.subarray(0, 40));
    expect(ben.media.mediaFile(image.file, image.bytes)).toBeNull();
    expect(ben.media.mediaFile(image.file)).toBeNull();
    // Some tools make the file its full size first and fill it in afterwards.
    fs.writeFileSync(file, Buffer.concat([png.subarray(0, 40), Buffer.alloc(png.length - 40)]));
    expect(ben.media.mediaFile(image.file, image.bytes)).toBeNull();
    // Ben can still edit the post meanwhile: the image is checked only when newly chosen.
    expect((await ben.call('posts:update', { id: post.id, changes: { title: 'Talkoot lauantaina' } })).coverImage).toEqual(image);
    fs.writeFileSync(file, png);
    expect(ben.media.mediaFile(image.file, image.bytes)?.file).toBe(file);
  });

  it('a data folder in the layout before issue 13 (images in its own media/) has the images its posts and trash name copied into the plan, and keeps them', async () => {
    const dataDir = tempDir();
    const deviceMedia = path.join(dataDir, 'media');
    fs.mkdirSync(deviceMedia, { recursive: true });
    const [kept, trashed, otherPlans] = [0, 1, 2].map((index) => ({ name: `${randomUUID()}.png`, png: pngImage(30 + index, 20) }));
    for (const { name, png } of [kept, trashed, otherPlans]) fs.writeFileSync(path.join(deviceMedia, name), png);
    const cover = (name: string, png: Buffer) => ({ file: name, alt: '', mime: 'image/png' as const, width: 30, height: 20, bytes: png.length });
    const before = await backendOn(dataDir, now);
    await before.call('posts:create', { title: 'Kirppis', date: '2026-12-05', coverImage: cover(kept.name, kept.png) });
    const gone = await before.call('posts:create', { title: 'Peruttu', date: '2026-12-06', coverImage: cover(trashed.name, trashed.png) });
    await before.call('posts:delete', { id: gone.id });
    await before.close();

    const opened = await backendOn(dataDir, now);
    expect(await opened.adopted).toBe(2);
    const planMedia = path.join(opened.repo.planDir, 'media');
    expect(fs.readdirSync(planMedia).sort()).toEqual([kept.name, trashed.name].sort());
    for (const { name, png } of [kept, trashed]) expect(fs.readFileSync(path.join(planMedia, name)).equals(png)).toBe(true);
    // Nothing lost: the data folder keeps every image, another plan's too (never carried into this one).
    expect(fs.readdirSync(deviceMedia).sort()).toEqual([kept, trashed, otherPlans].map((image) => image.name).sort());
    expect(opened.media.mediaFile(kept.name, kept.png.length)?.file).toBe(path.join(planMedia, kept.name));
    await opened.close();
    expect(await (await backendOn(dataDir, now)).adopted).toBe(0);
  });
});
