import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { visibleRange } from '../../shared/calendar/calendar-range';
import { plusDays } from '../../shared/calendar/calendar-dates';
import { localDate } from '../../shared/domain/local-time';
import type { LocalTime } from '../../shared/domain/local-time';
import { newPost } from '../../shared/domain/post';
import { backendOn } from '../support/backend';
import { chipTitles } from '../support/browser';
import { seedSpring } from '../support/calendar-seed';
import { browserSession, deviceOnDisk } from '../support/e2e-session';
import { tempDir } from '../support/temp-dir';

/*
 * What makes the calendar answer within a frame, as the bridge sees it: which requests
 * a page makes, and when. seedSpring leaves the calendar on March 2026, far from today.
 */

const session = browserSession();

interface Call {
  channel: string;
  body: string;
  /** Set when its answer has arrived. */
  answered: boolean;
}

/** Every bridge call the page makes from now on, in the order they were sent. */
function recordCalls(page: Page) {
  const calls: Call[] = [];
  page.on('request', (request) => {
    const match = /^\/api\/(.+)$/.exec(new URL(request.url()).pathname);
    if (match) calls.push({ channel: decodeURIComponent(match[1]), body: request.postData() ?? '', answered: false });
  });
  page.on('requestfinished', (request) => {
    const call = calls.find((candidate) => !candidate.answered && `/api/${encodeURIComponent(candidate.channel)}` === new URL(request.url()).pathname);
    if (call) call.answered = true;
  });
  return {
    calls,
    /** Resolves once no call has started for a while and every one has been answered. */
    async settled(quietMs = 700) {
      let seen = -1;
      while (seen !== calls.length || calls.some((call) => !call.answered)) {
        seen = calls.length;
        await page.waitForTimeout(quietMs);
      }
      return [...calls];
    },
  };
}

const rangeBody = (view: 'month', day: string) => JSON.stringify(visibleRange(view, localDate(day), 4));

/** 168 more posts in the agenda's six weeks from 9 March 2026 (four a day, at 8, 10, 12 and 14), titled "Post 001"… in order. */
async function seedBusyWeeks(dir: string) {
  const backend = await backendOn(dir, () => new Date('2026-03-20T10:00:00Z'), 'en-GB');
  const stamp = '2026-03-01T10:00:00.000Z' as Parameters<typeof newPost>[2];
  const posts = Array.from({ length: 168 }, (_, index) =>
    newPost({ title: `Post ${String(index + 1).padStart(3, '0')}`, date: plusDays(localDate('2026-03-09'), Math.floor(index / 4)), time: `${String(8 + 2 * (index % 4)).padStart(2, '0')}:00` as LocalTime, status: 'draft' }, `busy-${index}`, stamp),
  );
  await backend.repo.insertPosts(posts);
  await backend.call('preferences:update', { calendarView: 'agenda', calendarDate: '2026-03-09' });
}

/** A post late in April, outside March's grid (which shows April's first days): only April's own posts can show it. */
async function seedLateApril(dir: string) {
  const backend = await backendOn(dir, () => new Date('2026-03-20T10:00:00Z'), 'en-GB');
  await backend.repo.insertPosts([newPost({ title: 'Bird walk', date: localDate('2026-04-22'), status: 'draft' }, 'late-april', '2026-03-01T10:00:00.000Z' as Parameters<typeof newPost>[2])]);
}

async function openOnMarch(dir: string, more?: (dir: string) => Promise<void>) {
  await seedSpring(dir);
  await more?.(dir);
  const bridge = await session.bridgeOn(dir);
  const context = await session.browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/Helsinki' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const recorder = recordCalls(page);
  await page.goto(bridge.url);
  await page.locator('[aria-busy="false"]').waitFor();
  await recorder.settled();
  return { page, errors, recorder };
}

describe('the calendar within a frame', () => {
  it('opening asks nothing for the first screen: the page arrives with the saved month’s answers, and so does a reload', async () => {
    const { page, recorder, errors } = await openOnMarch(tempDir());
    const march = rangeBody('month', '2026-03-15');
    const noInput = ['settings:get', 'preferences:get', 'channels:list', 'posts:listUndated', 'association:get', 'identity:get', 'app:status', 'volunteers:list', 'plan:status'].map((channel) => `${channel} {}`);
    const shownCalls = [...noInput, ...['posts:list', 'checklist:range', 'roster:coverage'].map((channel) => `${channel} ${march}`)];
    const opening = (calls: Call[]) => calls.map((call) => `${call.channel} ${call.body}`).filter((call) => shownCalls.includes(call));
    // The saved month (not today's) is on screen, its posts read from the page itself: not one request waited for another.
    expect(await page.locator('[aria-busy] table').getAttribute('aria-label')).toMatch(/March 2026/);
    expect(await chipTitles(page)).toEqual(expect.arrayContaining(['Spring meeting', 'Ice fishing contest']));
    expect(opening(recorder.calls)).toEqual([]);
    // Whatever the page asks for itself (what it shows aside, the months around), it asks once.
    const bodies = recorder.calls.map((call) => `${call.channel} ${call.body}`);
    expect(new Set(bodies).size).toBe(bodies.length);

    const afterReload = recorder.calls.length;
    await page.reload();
    await page.locator('[aria-busy="false"] table').waitFor();
    expect(await chipTitles(page)).toEqual(expect.arrayContaining(['Spring meeting', 'Ice fishing contest']));
    expect(opening(recorder.calls.slice(afterReload))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the next month is asked for before it is shown: stepping there makes no request for its posts or flags', async () => {
    const { page, recorder, errors } = await openOnMarch(tempDir(), seedLateApril);
    // Asked ahead once the page has been idle a moment: under load that can come after a 700 ms pause in the calls.
    await expect.poll(() => recorder.calls.map((call) => call.body)).toContain(rangeBody('month', '2026-04-15'));
    await recorder.settled();
    const before = recorder.calls.length;

    // The click's own work already shows April's posts (with keepPreviousData, a month not in the cache shows March's
    // until its answer comes). The grid is read in a timer queued right after the click, so it runs just after the one
    // the click queued for the new position (React Query's notification), before any answer could: an order, not a time.
    const firstFrame = await page.evaluate(
      () =>
        new Promise<string[] | null>((resolve) => {
          document.querySelector<HTMLButtonElement>('button[aria-label="Next month"]')?.click();
          setTimeout(() => {
            const grid = document.querySelector('table[aria-label="April 2026"]');
            resolve(grid ? [...grid.querySelectorAll('button[data-post-id] [data-part="title"]')].map((title) => title.textContent ?? '') : null);
          });
        }),
    );
    expect(firstFrame?.sort()).toEqual(['April newsletter', 'Bird walk', 'Easter market', 'March photos']);
    const april = page.getByRole('table', { name: 'April 2026' });
    expect((await chipTitles(april)).sort()).toEqual(['April newsletter', 'Bird walk', 'Easter market', 'March photos']);
    const after = (await recorder.settled()).slice(before);
    // Only what lies beyond (May) and the saved position: nothing April's grid or its flags needed.
    expect(after.filter((call) => call.body === rangeBody('month', '2026-04-15'))).toEqual([]);
    // The flags are asked for over a view's days, beside its posts: May's and April's other views', asked ahead; April's month's never again.
    const flagCalls = after.filter((call) => call.channel === 'checklist:range' || call.channel === 'roster:coverage');
    expect(flagCalls.map((call) => call.body)).toContain(rangeBody('month', '2026-05-15'));
    expect(flagCalls.filter((call) => call.body === rangeBody('month', '2026-04-15'))).toEqual([]);

    // The week and the agenda of the same days were asked for ahead too: switching to them asks for none of their posts or flags.
    const beforeWeek = recorder.calls.length;
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    const week = page.getByRole('table', { name: /^Week 14 · / });
    await week.getByRole('button', { name: /Easter market/ }).waitFor();
    expect((await chipTitles(week)).sort()).toEqual(['April newsletter', 'Easter market', 'March photos']);
    const weekRange = JSON.stringify(visibleRange('week', localDate('2026-04-01'), 4));
    expect((await recorder.settled()).slice(beforeWeek).filter((call) => call.body === weekRange)).toEqual([]);
    const beforeAgenda = recorder.calls.length;
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    await page.getByRole('region', { name: /^Week 14/ }).getByRole('button', { name: 'Edit “Easter market”' }).waitFor();
    const agendaRange = JSON.stringify(visibleRange('agenda', localDate('2026-04-01'), 4));
    expect((await recorder.settled()).slice(beforeAgenda).filter((call) => call.body === agendaRange)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('stepping through months saves where the calendar was left once, when the stepping pauses', async () => {
    const dir = tempDir();
    const { page, recorder, errors } = await openOnMarch(dir);
    const before = recorder.calls.length;
    // Three steps 50 ms apart, as quick clicks are.
    await page.evaluate(async () => {
      for (let step = 0; step < 3; step++) {
        [...document.querySelectorAll('button')].find((button) => button.getAttribute('aria-label') === 'Next month')?.click();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    await page.getByRole('table', { name: 'June 2026' }).waitFor();
    const saves = (await recorder.settled()).slice(before).filter((call) => call.channel === 'preferences:update');
    expect(saves.map((call) => JSON.parse(call.body))).toEqual([{ calendarDate: '2026-06-01' }]);
    expect(deviceOnDisk(dir).preferences).toMatchObject({ calendarView: 'month', calendarDate: '2026-06-01' });
    expect(errors).toEqual([]);
  });

  it('a view chosen waits with the steps and is saved once with them; a reload before that save has reached main shows the view, and saves it', async () => {
    const dir = tempDir();
    const { page, recorder, errors } = await openOnMarch(dir);
    const before = recorder.calls.length;
    const saves = () => recorder.calls.slice(before).filter((call) => call.channel === 'preferences:update').map((call) => JSON.parse(call.body) as Record<string, string>);
    // The save is held on its way, as a save sent while a page is left may still be when the reload's page reads the preferences.
    let held = true;
    await page.route('**/api/preferences%3Aupdate', async (route) => {
      if (!held) await route.continue();
    });
    await page.evaluate(async () => {
      const click = (name: string) => [...document.querySelectorAll('button')].find((button) => (button.getAttribute('aria-label') ?? button.textContent) === name)?.click();
      click('Week');
      await new Promise((resolve) => setTimeout(resolve, 50));
      click('Next week');
    });
    await page.getByRole('table', { name: /^Week 12 · / }).waitFor();
    await expect.poll(() => saves().length).toBe(1);
    expect(saves()[0]).toMatchObject({ calendarView: 'week', calendarDate: expect.any(String) });
    expect(deviceOnDisk(dir).preferences.calendarView).toBe('month');
    held = false;
    await page.reload();
    await page.getByRole('table', { name: /^Week 12 · / }).waitFor();
    await expect.poll(() => deviceOnDisk(dir).preferences, { timeout: 10_000 }).toMatchObject({ calendarView: 'week', calendarDate: saves()[0].calendarDate });
    expect(errors).toEqual([]);
  });

  // Nothing is left in the tab to send it again, as when the tab is closed: the leaving page's own request must get there.
  // Waiting: sent as the page goes (its pause not yet over; on a busy machine the pause may end first, as on its way).
  // On its way: sent when the pause ended, and not answered yet when the page goes.
  for (const when of ['waiting', 'on its way'] as const) {
    it(`a step ${when} when the page goes reaches main although it is slow to go out: the page does not take it along`, async () => {
      const dir = tempDir();
      const { page, errors } = await openOnMarch(dir);
      let sent: () => void = () => {};
      const out = new Promise<void>((resolve) => (sent = resolve));
      await page.route('**/api/preferences%3Aupdate', async (route) => {
        sent();
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await route.continue();
      });
      await page.getByRole('button', { name: 'Next month' }).click();
      await page.getByRole('table', { name: 'April 2026' }).waitFor();
      if (when === 'on its way') await out;
      await page.evaluate(() => sessionStorage.clear());
      await page.reload();
      await expect.poll(() => deviceOnDisk(dir).preferences.calendarDate, { timeout: 10_000 }).toBe('2026-04-01');
      expect(errors).toEqual([]);
    });
  }

  it('the agenda mounts the rows near the window; Tab walks into the rows that scroll in, and screen readers hear each row’s place', async () => {
    const { page, errors } = await openOnMarch(tempDir(), seedBusyWeeks);
    const rows = page.locator('li[data-status]');
    const weeks = page.getByRole('region', { name: /^Week \d+/ });
    expect(await weeks.count()).toBe(6);
    // Week 11 (9–15 March): 28 posts, 4 a day.
    const firstWeek = weeks.first();
    expect(await firstWeek.getByText('28 posts').count()).toBe(1);
    const mountedAtStart = await rows.count();
    expect(mountedAtStart).toBeLessThan(80);
    // Rows are list items with their place in the week's list; the kept space is hidden from screen readers.
    const firstItem = firstWeek.getByRole('listitem').first();
    expect([await firstItem.getAttribute('aria-posinset'), await firstItem.getAttribute('aria-setsize')]).toEqual(['1', '28']);
    expect(await firstWeek.getByRole('listitem').count()).toBe(await firstWeek.locator('li[data-status]').count());
    const mountedTitles = new Set(await rows.locator('button.post-title').allTextContents());

    await page.getByRole('button', { name: 'Edit “Post 001”' }).focus();
    const focusedTitles: string[] = [];
    // Title, Move and Delete a row, and each week's "Add" button: the titles reached, in order.
    for (let press = 0; press < 200 && focusedTitles.length < 60; press++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => (document.activeElement?.getAttribute('aria-label')?.startsWith('Edit “') ? document.activeElement.textContent : null));
      if (focused) focusedTitles.push(focused);
    }
    expect(focusedTitles).toEqual(Array.from({ length: 60 }, (_, index) => `Post ${String(index + 2).padStart(3, '0')}`));
    expect(mountedTitles.has('Post 061')).toBe(false);
    // The focused row is on screen.
    const box = await page.getByRole('button', { name: 'Edit “Post 061”' }).boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 800).toBe(true);
    expect(errors).toEqual([]);
  });

  it('a saved edit shows on the calendar from the save’s own answer: the month’s posts are not read again', async () => {
    const dir = tempDir();
    const { page, recorder, errors } = await openOnMarch(dir);
    const march = page.getByRole('table', { name: 'March 2026' });
    await march.getByRole('button', { name: /Ice fishing contest/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit post' });
    await dialog.getByLabel('Title', { exact: true }).fill('Ice fishing contest, Sunday');
    await recorder.settled();
    const before = recorder.calls.length;

    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await march.getByRole('button', { name: /Ice fishing contest, Sunday/ }).waitFor();
    const calls = (await recorder.settled()).slice(before);
    const after = calls.map((call) => call.channel);
    expect(after[0]).toBe('posts:update');
    expect(after.filter((channel) => channel === 'posts:list' || channel === 'posts:listUndated' || channel === 'posts:get')).toEqual([]);
    // What the change touched besides the post is read again, once each.
    expect(after).toContain('checklist:range');
    const asked = calls.map((call) => `${call.channel} ${call.body}`);
    expect(asked.filter((call, index) => asked.indexOf(call) !== index)).toEqual([]);
    expect(await chipTitles(march)).toContain('Ice fishing contest, Sunday');
    expect(errors).toEqual([]);
  });
});
