import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, openApp } from '../support/browser';
import { seedSpring } from '../support/calendar-seed';
import { browserSession, postOnDisk } from '../support/e2e-session';
import { tempDir } from '../support/temp-dir';

const session = browserSession();
const shots = process.env.SHOTS_DIR;

/*
 * The history lists the versions with their authors, and restoring the newest writes it
 * again and puts it back in the open editor. post-history.e2e.ts checks several versions
 * by two people.
 */
describe('a post’s history in the editor', () => {
  it('lists the version with when and who, restores it after a confirmation into the editor, and gives focus back', async () => {
    const dir = tempDir();
    await seedSpring(dir, { userName: 'Maija Virtanen' });
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('button', { name: /^18:30 Ice fishing contest/ }).click();
    const editor = page.getByRole('dialog', { name: 'Edit post' });
    const before = await postOnDisk(dir, 'Ice fishing contest');
    await editor.getByLabel('Title').fill('Not saved');

    const open = editor.getByRole('button', { name: 'History' });
    await open.focus();
    await page.keyboard.press('Enter');
    const history = page.getByRole('dialog', { name: 'History of this post' });
    const entries = history.getByRole('listitem');
    // The plan keeps every version: the newest first, signed by who the seeding laptop said it was; the oldest is the creation.
    await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(1);
    expect(await entries.first().textContent()).toMatch(/^\d+\/\d+\/\d{4} \d\d:\d\d · Maija Virtanen/);
    expect(await entries.last().textContent()).toContain('Changed: created');
    expect(await axeViolations(page)).toEqual([]);
    if (shots) await page.screenshot({ path: path.join(shots, 'history-list-en.png') });

    await entries.first().getByRole('button', { name: 'Restore this version' }).click();
    const confirm = history.getByRole('alertdialog');
    await confirm.getByText(/^Restore the version of .*\? The current content stays in the history/).waitFor();
    if (shots) await page.screenshot({ path: path.join(shots, 'history-confirm-en.png') });
    await confirm.getByRole('button', { name: 'Restore', exact: true }).click();

    await expect.poll(() => history.count()).toBe(0);
    await page.getByRole('status').getByText(/^The version of .* was restored\.$/).waitFor();
    expect(await editor.getByLabel('Title').inputValue()).toBe('Ice fishing contest');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('History');
    const after = await postOnDisk(dir, 'Ice fishing contest');
    expect(after).toMatchObject({ id: before?.id, title: 'Ice fishing contest', responderId: 'maija' });
    expect(after?.updatedAt).not.toBe(before?.updatedAt);
    // Nothing unsaved is left: closing does not ask to discard.
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => editor.count()).toBe(0);
    expect(fs.existsSync(path.join(dir, 'plan', 'plan.json'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('keeps a deleted post in Settings › Deleted posts, from where it comes back as it was', async () => {
    const dir = tempDir();
    await seedSpring(dir, { userName: 'Maija Virtanen' });
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('button', { name: /^18:30 Ice fishing contest/ }).click();
    const editor = page.getByRole('dialog', { name: 'Edit post' });
    await editor.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => postOnDisk(dir, 'Ice fishing contest')).toBeUndefined();

    await page.getByRole('button', { name: 'Settings' }).click();
    const trash = page.getByRole('region', { name: 'Deleted posts' });
    await trash.getByText('Ice fishing contest').waitFor();
    if (shots) await trash.screenshot({ path: path.join(shots, 'settings-deleted-posts-en.png') });
    await trash.getByRole('button', { name: 'Bring back “Ice fishing contest”' }).click();
    await trash.getByText('Nothing deleted.').waitFor();
    await page.getByRole('status').getByText('Brought back “Ice fishing contest”.').waitFor();
    expect(await postOnDisk(dir, 'Ice fishing contest')).toMatchObject({ date: '2026-03-28', time: '18:30', responderId: 'maija' });
    expect(errors).toEqual([]);
  });
});
