import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { stepDate, visibleRange } from '../../shared/calendar/calendar-range';
import { localDate } from '../../shared/domain/local-time';
import { backendOn } from '../support/backend';
import { chipTitles } from '../support/browser';
import { seedSpring } from '../support/calendar-seed';
import { browserSession } from '../support/e2e-session';
import { tempDir } from '../support/temp-dir';

/*
 * What switching between the month, the week and the agenda costs, as the bridge and the screen
 * see it (issue 14: week and agenda within 50 ms). seedSpring's calendar, left on 27 March 2026.
 */

const session = browserSession();

/** The bodies of the bridge calls the page makes from now on, by channel ("posts:list {…}"). */
function recordCalls(page: Page) {
  const calls: string[] = [];
  page.on('request', (request) => {
    const match = /^\/api\/(.+)$/.exec(new URL(request.url()).pathname);
    if (match) calls.push(`${decodeURIComponent(match[1])} ${request.postData() ?? ''}`);
  });
  return {
    calls,
    /** Resolves once no call has started for a while: every read a step caused has been asked. */
    async settled(quietMs = 700) {
      let seen = -1;
      while (seen !== calls.length) {
        seen = calls.length;
        await page.waitForTimeout(quietMs);
      }
      return [...calls];
    },
  };
}

async function openOnLateMarch() {
  const dir = tempDir();
  await seedSpring(dir);
  const backend = await backendOn(dir, () => new Date('2026-03-20T10:00:00Z'), 'en-GB');
  await backend.call('preferences:update', { calendarDate: '2026-03-27' });
  const bridge = await session.bridgeOn(dir);
  const context = await session.browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/Helsinki' });
  // The page's clock, so that the test can pass minutes without waiting them (it runs as the real one until then).
  await context.clock.install();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const recorder = recordCalls(page);
  await page.goto(bridge.url);
  await page.locator('[aria-busy="false"] table').waitFor();
  await recorder.settled();
  return { page, errors, recorder };
}

/** The reads among the calls (a switch also writes the view to the preferences). */
const readsOf = (calls: string[]) => calls.filter((call) => !call.startsWith('preferences:update'));

describe('switching views', () => {
  it('a switch to the week or the agenda asks main for nothing while it paints; the ranges either side are asked once, after a look', async () => {
    const { page, recorder, errors } = await openOnLateMarch();
    for (const [name, view, shown] of [
      ['Week', 'week', page.getByRole('table', { name: /^Week 13 · / })],
      ['Agenda', 'agenda', page.getByRole('region', { name: /^Week 13/ })],
    ] as const) {
      await page.getByRole('button', { name: 'Month', exact: true }).click();
      await page.getByRole('table', { name: 'March 2026' }).waitFor();
      await recorder.settled();
      const before = recorder.calls.length;
      await page.getByRole('button', { name, exact: true }).click();
      await shown.getByRole('button', { name: /Ice fishing contest/ }).first().waitFor();
      // Its own range was asked ahead with the month: a switch costs main nothing while the view paints.
      await page.waitForTimeout(400);
      expect(readsOf(recorder.calls.slice(before)), `${name}: reads while switching`).toEqual([]);
      // Then the ranges either side (for Previous and Next), each asked once, posts and flags.
      const around = ([-1, 1] as const).map((direction) => JSON.stringify(visibleRange(view, stepDate(view, localDate('2026-03-27'), direction), 4)));
      await expect.poll(() => readsOf(recorder.calls.slice(before)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
      const reads = readsOf((await recorder.settled()).slice(before)).sort();
      expect(reads, `${name}: reads after a look`).toEqual(around.flatMap((range) => ['checklist:range', 'posts:list', 'roster:coverage'].map((channel) => `${channel} ${range}`)).sort());
    }
    expect(errors).toEqual([]);
  });


  it('while a week not yet read loads, the week shown before stands in without its times: no empty rows of other days', async () => {
    const { page, errors } = await openOnLateMarch();
    // Week 14's posts are held back until the test lets them through.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/posts%3Alist', async (route) => {
      if (route.request().postData() === JSON.stringify(visibleRange('week', localDate('2026-03-30'), 4))) await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await page.getByRole('table', { name: /^Week 13 · / }).getByRole('button', { name: /Ice fishing contest/ }).waitFor();
    await page.getByRole('button', { name: 'Next week' }).click();
    const week = page.getByRole('table', { name: /^Week 14 · / });
    await week.waitFor();
    expect(await week.getByRole('rowheader').allTextContents()).toEqual(['Any time']);
    release();
    await week.getByRole('button', { name: /Easter market/ }).waitFor();
    expect(await week.getByRole('rowheader').allTextContents()).toEqual(['Any time', '08:00', '10:00']);
    expect(errors).toEqual([]);
  });

  it('the week read a minute ago is shown again without asking for it: only a change marks it stale', async () => {
    const { page, recorder, errors } = await openOnLateMarch();
    const weekBody = JSON.stringify(visibleRange('week', localDate('2026-03-27'), 4));
    const weekReads = (calls: string[]) => calls.filter((call) => call.endsWith(weekBody));
    const showWeek = async () => {
      await page.getByRole('button', { name: 'Week', exact: true }).click();
      const week = page.getByRole('table', { name: /^Week 13 · / });
      await week.getByRole('button', { name: /Ice fishing contest/ }).waitFor();
      expect((await chipTitles(week)).sort()).toEqual(['Ice fishing contest', 'Spring meeting']);
    };
    // Asked ahead with the month's other views: there at once, and read once.
    await expect.poll(() => weekReads(recorder.calls).length).toBeGreaterThan(0);
    await recorder.settled();
    await showWeek();
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await page.getByRole('table', { name: 'March 2026' }).waitFor();
    const before = recorder.calls.length;

    // Two minutes later (React Query's 10 s of freshness read the week again here, and the switch waited on it).
    await page.clock.fastForward('02:00');
    await showWeek();
    expect(weekReads((await recorder.settled()).slice(before))).toEqual([]);

    // A change made here still reads again what it touched: the edited title is on the week.
    await page.getByRole('table', { name: /^Week 13 · / }).getByRole('button', { name: /Spring meeting/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit post' });
    await dialog.getByLabel('Title', { exact: true }).fill('Spring meeting, hall B');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved “Spring meeting, hall B”', { exact: false }).first().waitFor();
    expect((await chipTitles(page.getByRole('table', { name: /^Week 13 · / }))).sort()).toEqual(['Ice fishing contest', 'Spring meeting, hall B']);
    expect(errors).toEqual([]);
  });
});
