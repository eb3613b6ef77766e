import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDateInput } from '../../shared/calendar/date-input';
import { todayIn } from '../../shared/calendar/calendar-dates';
import { axeViolations, openApp } from '../support/browser';
import { browserSession, deviceOnDisk, postsOnDisk } from '../support/e2e-session';
import { seedAssociation } from '../support/seed';
import { snapshotFolder, tempDir } from '../support/temp-dir';

const session = browserSession();
const { bridgeOn } = session;

async function fillNewPost(page: Page, fields: { title: string; date: string; time?: string }) {
  await page.getByRole('button', { name: 'New post' }).click();
  const dialog = page.getByRole('dialog', { name: 'New post' });
  await dialog.getByLabel('Title').fill(fields.title);
  await dialog.getByLabel('Date').fill(fields.date);
  if (fields.time) await dialog.getByLabel('Time').fill(fields.time);
  return dialog;
}

describe('posts in the browser, against the real services', () => {
  it('creates a post that survives a reload, a bridge restart, and is on disk', async () => {
    const dir = tempDir();
    const today = todayIn('Europe/Helsinki', new Date());
    const first = await bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), first.url);
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();

    const dialog = await fillNewPost(page, { title: 'Kevättalkoot', date: formatDateInput(today, 'en'), time: '9.30' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.getByRole('status').getByText('Added “Kevättalkoot”.').waitFor();
    const row = page.getByRole('button', { name: 'Edit “Kevättalkoot”' });
    await row.waitFor();
    expect(await page.locator('section[aria-current="date"]').getByText('Kevättalkoot').count()).toBe(1);

    await page.reload();
    await row.waitFor();

    // Off the first bridge before it stops: the calendar reads the months either side a moment after showing one.
    await page.goto('about:blank');
    await session.stop(first);
    const second = await bridgeOn(dir);
    expect(second.port).not.toBe(first.port);
    await page.goto(second.url);
    await page.getByRole('button', { name: 'Edit “Kevättalkoot”' }).waitFor();

    expect(await postsOnDisk(dir)).toMatchObject([{ title: 'Kevättalkoot', date: today, time: '09:30' }]);
    expect(errors).toEqual([]);
  });

  it('edits a post and deletes it with undo, on disk each time', async () => {
    const dir = tempDir();
    const { posts } = await seedAssociation(dir);
    const bridge = await bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();

    await page.getByRole('button', { name: `Edit “${posts[1].title}”` }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit post' });
    await dialog.getByLabel('Title').fill('Talkookuvat albumiin 2026');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Edit “Talkookuvat albumiin 2026”' }).waitFor();
    // The list shows the edit at once; "Saved" is said once main has stored it, and then it is on disk.
    await page.getByRole('status').getByText('Saved “Talkookuvat albumiin 2026”.').waitFor();
    expect((await postsOnDisk(dir)).map((post) => post.title)).toContain('Talkookuvat albumiin 2026');

    await page.getByRole('button', { name: 'Delete “Talkookuvat albumiin 2026”' }).click();
    await page.getByRole('status').getByText('Deleted “Talkookuvat albumiin 2026”.').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Edit “Talkookuvat albumiin 2026”' }).count()).toBe(0);
    expect((await postsOnDisk(dir)).map((post) => post.title)).not.toContain('Talkookuvat albumiin 2026');

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Edit “Talkookuvat albumiin 2026”' }).waitFor();
    expect((await postsOnDisk(dir)).map((post) => post.title)).toContain('Talkookuvat albumiin 2026');

    // Ctrl+Z undoes a delete too.
    await page.getByRole('button', { name: `Delete “${posts[0].title}”` }).click();
    await page.getByRole('status').getByText(`Deleted “${posts[0].title}”.`).waitFor();
    await page.keyboard.press('Control+z');
    await page.getByRole('button', { name: `Edit “${posts[0].title}”` }).waitFor();
    expect(await postsOnDisk(dir)).toHaveLength(3);
    expect(errors).toEqual([]);
  });

  it('shows what is wrong with an impossible date and saves nothing', async () => {
    const dir = tempDir();
    await seedAssociation(dir);
    const bridge = await bridgeOn(dir);
    const { page } = await openApp(session.browser(), bridge.url);
    const before = snapshotFolder(dir);

    const dialog = await fillNewPost(page, { title: 'Karkauspäivä', date: '30/2/2026', time: '25.00' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('alert').getByText('Check the 2 fields marked below.').waitFor();
    expect(await dialog.getByText('Not a real date.').isVisible()).toBe(true);
    expect(await dialog.getByText('Not a time of day (use 24-hour time such as 09:30).').isVisible()).toBe(true);
    expect(await dialog.getByLabel('Date').getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByLabel('Date').evaluate((input) => input === document.activeElement)).toBe(true);

    // Escape with unsaved changes asks before throwing them away.
    await page.keyboard.press('Escape');
    await dialog.getByText('You have unsaved changes.').waitFor();
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('switches to Finnish, and the choice survives a reload', async () => {
    const dir = tempDir();
    await seedAssociation(dir);
    const bridge = await bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Calendar');
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();

    await page.getByLabel('Language').selectOption('fi');
    await page.getByRole('heading', { name: 'Kalenteri', level: 1 }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Päävalikko' });
    // The checklist's item also carries its count of things that need attention.
    expect(await nav.getByRole('button').allTextContents()).toEqual(['Kalenteri', expect.stringMatching(/^Tarkistuslista(\d+, \d+ asiaa? vaatii huomiota)?$/), 'Vuorolista', 'Ideat', 'Kampanjat', 'Tulokset', 'Vienti', 'Asetukset']);
    expect(await page.getByRole('button', { name: 'Uusi julkaisu' }).isVisible()).toBe(true);
    expect(await page.locator('section[aria-current="date"] h2').textContent()).toMatch(/^Viikko \d+/);
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');

    await page.reload();
    await page.getByRole('heading', { name: 'Kalenteri', level: 1 }).waitFor();
    // The UI language is this laptop's (device store), not the plan's.
    expect(deviceOnDisk(dir).preferences.language).toBe('fi');
    expect(errors).toEqual([]);
  });

  it('has no accessibility violations on the main screen, the editor and settings (axe-core)', async () => {
    const dir = tempDir();
    await seedAssociation(dir);
    const bridge = await bridgeOn(dir);
    const { page } = await openApp(session.browser(), bridge.url);
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    await page.getByRole('button', { name: /^Edit “/ }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'New post' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // One language select (the side bar's, this laptop's own): Settings points to it.
    await page.getByText('change it under Language at the bottom of the side bar').waitFor();
    await page.getByLabel('Language').selectOption('fi');
    await page.getByRole('button', { name: 'Kalenteri' }).click();
    await page.getByRole('heading', { name: 'Kalenteri', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
