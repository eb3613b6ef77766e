import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { backendOn } from '../support/backend';
import { languageSelect, openApp, requestsSettled } from '../support/browser';
import { seedSpring } from '../support/calendar-seed';
import { browserSession, postOnDisk } from '../support/e2e-session';
import { tempDir } from '../support/temp-dir';

const session = browserSession();

async function openSpring(viewport?: { width: number; height: number }) {
  const dir = tempDir();
  await seedSpring(dir);
  const bridge = await session.bridgeOn(dir);
  const { page, errors } = await openApp(session.browser(), bridge.url, viewport);
  await page.getByRole('heading', { name: 'March 2026', level: 2 }).waitFor();
  return { dir, page, errors };
}

/** The accessible name (or text) of what has the focus, and whether it is in the month grid. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return { name: element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '', inGrid: Boolean(element?.closest('table')) };
  });

describe('keyboard and focus', () => {
  it('reaches the first post with one Tab and Enter on the skip link; the month is one tab stop with the arrow keys inside', async () => {
    const { page, errors } = await openSpring();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toEqual({ name: 'Skip to content', inGrid: false });
    expect(await page.getByRole('link', { name: 'Skip to content' }).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect((await focused(page)).name).toMatch(/^09:00 Spring meeting, /);

    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).name).toBe('Add a post on Friday 3 April 2026');
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).name).toMatch(/^09:00 Spring meeting, /);
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).name).toBe('Add a post on Friday 27 March 2026');
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).name).toBe('Add a post on Saturday 28 March 2026');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).name).toMatch(/^18:30 Ice fishing contest, /);

    // One Tab leaves the grid, one Shift+Tab comes back to where the focus was in it.
    await page.keyboard.press('Tab');
    expect((await focused(page)).inGrid).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).name).toMatch(/^18:30 Ice fishing contest, /);
    expect(await page.locator('table [tabindex="0"]:visible').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('shows a chip’s flags in words when the keyboard reaches it, not only on hover', async () => {
    const { page, errors } = await openSpring();
    const flagged = page.locator('table button[data-tooltip]').first();
    const tooltip = page.locator('[popover]');
    await page.keyboard.press('Tab');
    // The month's flags arrive after its posts and redraw the chips: focus a settled one (again, if a late redraw took the focus away).
    await requestsSettled(page);
    await expect
      .poll(async () => {
        await flagged.focus();
        return tooltip.evaluate((element) => element.matches(':popover-open'));
      })
      .toBe(true);
    // The grid may keep its own focus stop: what is said is the focused chip's flags.
    const details = await page.evaluate(() => document.activeElement?.getAttribute('data-tooltip') ?? '');
    expect(details).toMatch(/^No responder: /);
    expect(await tooltip.textContent()).toBe(details);
    const [chip, tip] = await Promise.all([flagged.boundingBox(), tooltip.boundingBox()]);
    // Beside the chip, not over it: below, or above when the chip is near the window's bottom.
    expect(tip && chip && (tip.y >= chip.y + chip.height - 0.5 || tip.y + tip.height <= chip.y + 0.5)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tooltip.evaluate((element) => element.matches(':popover-open'))).toBe(false);
    expect(errors).toEqual([]);
  });

  it('asks “Who are you?” from the icon sidebar at 800×600, names the language in full for screen readers, and gives the focus back', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir, () => new Date(), 'en-GB');
    await backend.call('setup:loadSample', {});
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url, { width: 800, height: 600 });
    const who = page.getByRole('button', { name: 'Who are you?' });
    await who.waitFor();
    expect(await languageSelect(page).locator('option:checked').textContent()).toBe('EN');
    expect(await languageSelect(page).locator('option:checked').getAttribute('aria-label')).toBe('EN (English)');
    await who.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Who are you?' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).name).toBe('Who are you?');
    expect(errors).toEqual([]);
  });

  it('gives the focus back to what opened a dialog, after Escape, Cancel and Save', async () => {
    const { dir, page, errors } = await openSpring();
    const chip = page.getByRole('button', { name: /^18:30 Ice fishing contest/ });
    const editor = page.getByRole('dialog', { name: 'Edit post' });
    const closeWith = async (close: () => Promise<void>) => {
      await chip.focus();
      await page.keyboard.press('Enter');
      await editor.getByLabel('Title').waitFor();
      await close();
      await editor.waitFor({ state: 'detached' });
      await expect.poll(async () => (await focused(page)).name).toMatch(/^18:30 Ice fishing contest/);
    };
    await closeWith(() => page.keyboard.press('Escape'));
    await closeWith(() => editor.getByRole('button', { name: 'Cancel' }).click());
    await closeWith(async () => {
      await editor.getByLabel('Title').fill('Ice fishing contest 2026');
      await editor.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => postOnDisk(dir, 'Ice fishing contest 2026')).toBeTruthy();
    });

    // Move to… (M) and the day's posts.
    await chip.focus();
    await page.keyboard.press('m');
    await page.getByRole('dialog', { name: /^Move “/ }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused(page)).name).toMatch(/^18:30 Ice fishing contest/);

    // A new post: back on "New post" after saving it.
    await page.getByRole('button', { name: 'New post' }).click();
    const created = page.getByRole('dialog', { name: 'New post' });
    await created.getByLabel('Title').fill('Talkoot');
    await created.getByRole('button', { name: 'Save' }).click();
    await created.waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).name).toBe('New post');
    expect(errors).toEqual([]);
  });

  it('keeps the editor’s Save and Cancel in sight at its bottom edge, however far it is scrolled', async () => {
    const { page } = await openSpring({ width: 1024, height: 700 });
    await page.getByRole('button', { name: /^09:00 Spring meeting/ }).click();
    const editor = page.getByRole('dialog', { name: 'Edit post' });
    await editor.getByRole('heading', { name: 'Review and comments' }).waitFor();
    const seen = async () =>
      editor.getByRole('button', { name: 'Save' }).evaluate((button) => {
        const box = button.getBoundingClientRect();
        const dialog = button.closest('dialog')!.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return { inside: box.top >= dialog.top && box.bottom <= dialog.bottom && box.bottom <= window.innerHeight, onTop: top === button || button.contains(top) };
      });
    expect(await editor.evaluate((dialog) => dialog.scrollHeight > dialog.clientHeight + 100)).toBe(true);
    for (const scroll of [0, 400, 100_000]) {
      await editor.evaluate((dialog, y) => dialog.scrollTo(0, y), scroll);
      expect({ scroll, ...(await seen()) }).toEqual({ scroll, inside: true, onTop: true });
    }
  });
});
