import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openApp } from '../support/browser';
import { todayIn } from '../../shared/calendar/calendar-dates';
import { backendOn } from '../support/backend';
import { browserSession } from '../support/e2e-session';
import { tempDir } from '../support/temp-dir';

const session = browserSession();

/** The sample association, and a busy today (more posts than a day of the month grid shows). */
async function sampleFolder() {
  const dir = tempDir();
  const backend = await backendOn(dir, () => new Date(), 'en-GB');
  await backend.call('setup:loadSample', {});
  const today = todayIn('Europe/Helsinki', new Date());
  for (const title of ['Morning news', 'Lunch menu', 'Evening event', 'Late reminder']) await backend.call('posts:create', { title, date: today });
  return dir;
}

/** axe-core on every calendar view, in the language the page is in now. */
async function checkViews(page: Page, names: string[]) {
  for (const name of names) {
    await page.getByRole('button', { name, exact: true }).click();
    await page.getByRole('button', { name, exact: true }).and(page.locator('[aria-pressed="true"]')).waitFor();
    await page.locator('[aria-busy="false"]').waitFor();
    expect({ view: name, violations: await axeViolations(page) }).toEqual({ view: name, violations: [] });
  }
}

describe('accessibility of the calendar (axe-core)', () => {
  it('has no violations on the month, week, agenda and review views with the sample association, in English and Finnish', async () => {
    const dir = await sampleFolder();
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.locator('[aria-busy] table button[data-post-id]').first().waitFor();
    await checkViews(page, ['Month', 'Week', 'Agenda', 'Review']);
    await page.getByLabel('Language').selectOption('fi');
    await page.getByRole('heading', { name: 'Kalenteri', level: 1 }).waitFor();
    await checkViews(page, ['Kuukausi', 'Viikko', 'Lista', 'Tarkastus']);
    expect(errors).toEqual([]);
  });

  it('has no violations in the dialogs: move to, the day’s posts, your name, the editor with review', async () => {
    const dir = await sampleFolder();
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.locator('[aria-busy] table button[data-post-id]').first().focus();
    await page.keyboard.press('m');
    await page.getByRole('dialog', { name: /^Move “/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const approve = page.getByRole('button', { name: /^Approve “/ }).first();
    await approve.click();
    await page.getByRole('dialog', { name: 'Who are you?' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: /^Edit “/ }).first().click();
    await page.getByRole('dialog', { name: 'Edit post' }).getByRole('heading', { name: 'Review and comments' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    // Today is busy: its "+N more" lists every post of the day.
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await page.getByRole('button', { name: /^\+\d+ more \(/ }).first().click();
    await page.getByRole('dialog', { name: /^Posts on / }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('has no violations on the first-run welcome', async () => {
    const bridge = await session.bridgeOn(tempDir());
    const { page } = await openApp(session.browser(), bridge.url);
    await page.getByRole('region', { name: 'Welcome to Somevuoro' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
