import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, requestsSettled } from '../support/browser';
import { browserSession } from '../support/e2e-session';
import { seedAssociation } from '../support/seed';
import { tempDir } from '../support/temp-dir';

/*
 * Opening is done when the page stops changing (test/bench/ui/README.md): what the first screen does not show
 * is not fetched, nor written into the page, while it opens, and what loads later still works on first use.
 */

const session = browserSession();

/** The app's own files (code and styles, by chunk) the page has fetched so far. */
function filesFetched(page: Page): Promise<string[]> {
  return page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/assets/')));
}

/** The navigation's Checklist entry, with its badge's count. */
const checklistEntry = `[...document.querySelectorAll('nav button')].find((button) => button.textContent.startsWith('Checklist'))?.textContent`;

// Noted by the page itself: the title, language and checklist badge when the shell first enters the page (the frame that paints it).
const shellArrival = `new MutationObserver((records, observer) => {
  if (!records.some((record) => record.target.id === 'root' && record.addedNodes.length > 0)) return;
  window.__shellArrival = { title: document.title, lang: document.documentElement.lang, checklist: ${checklistEntry} };
  observer.disconnect();
}).observe(document, { subtree: true, childList: true });`;

describe('opening the app', () => {
  it('opens a plan in use with its title and checklist badge in the first frame and without the welcome’s code; the editor opens on the first click', async () => {
    const dir = tempDir();
    const { posts } = await seedAssociation(dir);
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.addInitScript(shellArrival);
    await page.reload();
    await page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();

    // The title is set in the frame that first shows the shell, not by a later one; the badge's count came with the page.
    const arrival = (await page.evaluate('window.__shellArrival')) as { title: string; lang: string; checklist: string };
    expect({ title: arrival.title, lang: arrival.lang }).toEqual({ title: 'Calendar · Kylä ry · Somevuoro', lang: 'en' });
    await requestsSettled(page);
    expect(arrival.checklist).toMatch(/^Checklist\d+, \d+ things? needs? attention$/);
    expect(await page.evaluate(checklistEntry)).toBe(arrival.checklist);
    // A plan with a name and channels never shows the welcome: its code is not fetched.
    expect((await filesFetched(page)).filter((file) => file.includes('/WelcomePanel-'))).toEqual([]);

    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    await page.getByRole('button', { name: `Edit “${posts[1].title}”` }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit post' });
    await dialog.getByLabel('Title').waitFor();
    expect(await dialog.getByLabel('Title').inputValue()).toBe(posts[1].title);
    expect((await filesFetched(page)).some((file) => file.includes('/editor-'))).toBe(true);
    expect(errors).toEqual([]);
  });
});
