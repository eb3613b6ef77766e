import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../support/browser';
import { browserSession, deviceOnDisk, postsOnDisk } from '../support/e2e-session';
import { seedAssociation } from '../support/seed';
import { snapshotFolder, tempDir } from '../support/temp-dir';

const session = browserSession();

describe('a post text longer than the limit', () => {
  it('pasting 200,000 characters shows the counter and, on Save, the limit and the length; nothing is saved', async () => {
    const dir = tempDir();
    const { posts } = await seedAssociation(dir);
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    // The chosen view is saved a moment later (steps in a row are saved once): on disk before the folder is compared.
    await expect.poll(() => deviceOnDisk(dir).preferences.calendarView).toBe('agenda');
    await page.getByRole('button', { name: `Edit “${posts[1].title}”` }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit post' });
    const text = dialog.getByLabel('Text', { exact: true });
    await text.fill('Talkoissa tehtiin paljon.');
    expect(await dialog.getByText('25 / 20,000 characters').isVisible()).toBe(true);

    const before = snapshotFolder(dir);
    await text.focus();
    await page.keyboard.insertText('x'.repeat(200_000 - 25));
    // The counter under the field, and (once, for screen readers) the same words in a live region.
    await dialog.getByText('200,000 / 20,000 characters: 180,000 too many').first().waitFor();
    expect(await text.getAttribute('aria-invalid')).toBe('true');

    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('At most 20,000 characters (you have 200,000).').waitFor();
    expect(await dialog.isVisible()).toBe(true);
    if (process.env.SHOTS) {
      // For people to look at (SHOTS=1), into the git-ignored screenshots/.
      const shots = path.resolve('screenshots', 'limits');
      fs.mkdirSync(shots, { recursive: true });
      await dialog.getByText('At most 20,000 characters').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(shots, 'post-text-over-limit-en.png') });
    }
    expect(snapshotFolder(dir)).toEqual(before);
    expect((await postsOnDisk(dir)).find((post) => post.id === posts[1].id)).toMatchObject({ title: posts[1].title });
    expect(errors).toEqual([]);
  });
});
