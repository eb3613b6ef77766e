import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../support/browser';
import { backendOn } from '../support/backend';
import { seedSpring } from '../support/calendar-seed';
import { browserSession, postOnDisk } from '../support/e2e-session';
import { actAs } from '../support/identity';
import { tempDir } from '../support/temp-dir';

const session = browserSession();
const shots = process.env.SHOTS_DIR;

/* The plan (Automerge) keeps every version of a post, signed by who made it. */
describe('a post’s history across edits', () => {
  it('lists two edits by two people newest first, and restoring the earlier one brings its title back as a new change', async () => {
    const dir = tempDir();
    await seedSpring(dir, { userName: 'Maija Virtanen' });
    expect(fs.existsSync(path.join(dir, 'plan', 'plan.json'))).toBe(true);
    const post = await postOnDisk(dir, 'Ice fishing contest');
    const seeding = await backendOn(dir);
    await seeding.call('posts:update', { id: post?.id ?? '', changes: { title: 'Ice fishing, Saturday' } });
    await actAs(seeding.call, 'Juha Korhonen');
    await seeding.call('posts:update', { id: post?.id ?? '', changes: { text: 'Bring your own auger.' } });

    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('button', { name: /^18:30 Ice fishing, Saturday/ }).click();
    const editor = page.getByRole('dialog', { name: 'Edit post' });
    await editor.getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('dialog', { name: 'History of this post' });
    const entries = history.getByRole('listitem');
    await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(3);
    expect(await entries.nth(0).textContent()).toMatch(/· Juha Korhonen.*Changed: text/);
    expect(await entries.nth(1).textContent()).toMatch(/· Maija Virtanen.*Changed: title/);
    if (shots) await page.screenshot({ path: path.join(shots, 'history-versions-en.png') });

    await entries.nth(2).getByRole('button', { name: 'Restore this version' }).click();
    await history.getByRole('alertdialog').getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(async () => (await postOnDisk(dir, 'Ice fishing contest'))?.id).toBe(post?.id);
    await expect.poll(() => editor.getByLabel('Title').inputValue()).toBe('Ice fishing contest');
    await editor.getByRole('button', { name: 'History' }).click();
    await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(4);
    expect(await entries.nth(0).textContent()).toMatch(/· Juha Korhonen.*Changed: .*title/);
    expect(errors).toEqual([]);
  });
});
