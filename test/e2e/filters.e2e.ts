import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chipTitles as titlesIn, openApp } from '../support/browser';
import { seedSpring } from '../support/calendar-seed';
import { browserSession } from '../support/e2e-session';
import { tempDir } from '../support/temp-dir';

const session = browserSession();
const chipTitles = (page: Page) => titlesIn(page);
const count = (page: Page) => page.getByRole('region', { name: 'Filters' }).locator('[aria-live]').textContent();

describe('filters', () => {
  it('narrow every view by channel, status, person, tag and text, show as removable chips, and clear', async () => {
    const dir = tempDir();
    await seedSpring(dir);
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('heading', { name: 'March 2026', level: 2 }).waitFor();
    const filters = page.getByRole('region', { name: 'Filters' });
    // The unscheduled drawer's list arrives beside the month's: wait for both.
    await expect.poll(() => chipTitles(page)).toEqual(['Village survey', 'Spring meeting', 'Ice fishing contest', 'March photos', 'April newsletter', 'Easter market']);
    expect(await count(page)).toBe('6 posts');

    await filters.getByRole('combobox', { name: 'Filter by channel' }).selectOption({ label: 'Instagram' });
    expect(await chipTitles(page)).toEqual(['Ice fishing contest', 'March photos']);
    expect(await count(page)).toBe('Showing 2 of 6 posts');

    await filters.getByRole('combobox', { name: 'Filter by status' }).selectOption({ label: 'Draft' });
    await filters.getByRole('combobox', { name: 'Filter by author' }).selectOption({ label: 'Juha Korhonen' });
    expect(await chipTitles(page)).toEqual(['Ice fishing contest']);
    expect(await filters.getByRole('button', { name: /^Remove filter: / }).allTextContents()).toEqual(['Channel: Instagram ', 'Status: Draft ', 'Author: Juha Korhonen ']);

    // The same filters in the agenda.
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    await page.getByRole('textbox', { name: 'Go to date' }).fill('23/3/2026');
    await page.getByRole('button', { name: 'Go', exact: true }).click();
    await page.getByRole('heading', { name: /^Weeks 13–18/ }).waitFor();
    // The agenda's rows follow its heading (its code and its weeks' posts may still be on their way on a busy machine).
    const agendaTitles = () => page.getByRole('button', { name: /^Edit “/ }).allTextContents();
    await expect.poll(agendaTitles).toEqual(['Ice fishing contest']);

    await filters.getByRole('button', { name: 'Remove filter: Author: Juha Korhonen' }).click();
    await filters.getByRole('button', { name: 'Remove filter: Status: Draft' }).click();
    await expect.poll(agendaTitles).toEqual(['Ice fishing contest', 'March photos']);

    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await filters.getByRole('combobox', { name: 'Filter by tag' }).selectOption('market');
    expect(await chipTitles(page)).toEqual(['Easter market']);
    await filters.getByRole('button', { name: 'Clear filters' }).click();

    await filters.getByRole('searchbox', { name: 'Search posts' }).fill('ANNUAL spring');
    expect(await chipTitles(page)).toEqual(['Spring meeting']);
    expect(await count(page)).toBe('Showing 1 of 6 posts');
    await filters.getByRole('combobox', { name: 'Filter by responder' }).selectOption({ label: 'Nobody' });
    expect(await chipTitles(page)).toEqual(['Spring meeting']);
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    expect(await chipTitles(page)).toHaveLength(6);
    expect(await filters.getByRole('searchbox', { name: 'Search posts' }).inputValue()).toBe('');
    expect(errors).toEqual([]);
  });
});
