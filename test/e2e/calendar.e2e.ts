import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { todayIn } from '../../shared/calendar/calendar-dates';
import { backendOn } from '../support/backend';
import { chipTitles, openApp, requestsSettled } from '../support/browser';
import { seedSpring } from '../support/calendar-seed';
import { browserSession, deviceOnDisk } from '../support/e2e-session';
import { tempDir } from '../support/temp-dir';

const session = browserSession();

/** The grid on screen: the month view keeps its neighbouring months' grids, hidden, beside it (MonthPanes.tsx). */
const shownGrid = '[aria-busy] table';

/** What the preparing test counts in the page. */
interface Seen {
  classChanges: number;
  scrolls: number;
}

/** The titles of the chips on one day of the month or week grid. */
const titlesOn = (page: Page, date: string) => chipTitles(page.locator(`${shownGrid} td[data-date="${date}"]`));

/** The date ranges the page asked the services for. */
function rangeRequests(page: Page): { from: string; to: string }[] {
  const ranges: { from: string; to: string }[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/posts%3Alist')) ranges.push(JSON.parse(request.postData() ?? '{}'));
  });
  return ranges;
}

describe('the calendar’s views', () => {
  it('shows posts on their days in the month grid, across the end of March and into April', async () => {
    const dir = tempDir();
    await seedSpring(dir);
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    const ranges = rangeRequests(page);
    await page.getByRole('heading', { name: 'March 2026', level: 2 }).waitFor();
    const grid = page.getByRole('table', { name: 'March 2026' });
    expect(await grid.getByRole('columnheader').allTextContents()).toEqual(['Wk', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(await grid.getByRole('rowheader').allTextContents()).toEqual(['Week 99', 'Week 1010', 'Week 1111', 'Week 1212', 'Week 1313', 'Week 1414']);

    expect(await titlesOn(page, '2026-03-27')).toEqual(['Spring meeting']);
    expect(await titlesOn(page, '2026-03-31')).toEqual(['March photos']);
    // The first days of April close the last week of the March grid.
    expect(await titlesOn(page, '2026-04-01')).toEqual(['April newsletter']);
    expect(await titlesOn(page, '2026-04-04')).toEqual(['Easter market']);
    expect(await page.locator(`${shownGrid} td[data-date="2026-04-01"]`).getAttribute('class')).toContain('outside-month');
    // Its flags arrive after the posts: wait for the name the chip settles on.
    await page.getByRole('button', { name: '09:00 Spring meeting, In review, Facebook page' }).waitFor();

    await page.getByRole('button', { name: 'Next month' }).click();
    await page.getByRole('heading', { name: 'April 2026', level: 2 }).waitFor();
    // The title is in the toolbar; April's chips come with its posts (asked for ahead, but not always there yet under load).
    await expect.poll(() => titlesOn(page, '2026-03-31')).toEqual(['March photos']);
    expect(await titlesOn(page, '2026-04-04')).toEqual(['Easter market']);
    expect(await page.locator(`${shownGrid} td[data-date="2026-03-27"]`).count()).toBe(0);
    // March and May are kept beside April, ready: neither in the accessibility tree nor reachable by the keyboard.
    const kept = page.locator('[data-month][class*="month-kept"]');
    await expect.poll(() => kept.evaluateAll((panes) => panes.map((pane) => pane.getAttribute('data-month'))), { timeout: 15_000 }).toEqual(['2026-03-01', '2026-05-01']);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
    expect(nodes.filter((node) => node.role?.value === 'table' && !node.ignored).map((node) => node.name?.value)).toEqual(['April 2026']);
    const focusable = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-month="2026-03-01"] [tabindex="0"]')].map((element) => (element.focus(), document.activeElement === element)));
    expect(focusable.length).toBeGreaterThan(0);
    expect(focusable).not.toContain(true);
    // Only whole grids are read from the services: April's was asked for ahead while March was shown, May's once April is.
    await expect.poll(() => ranges.at(-1)).toEqual({ from: '2026-04-27', to: '2026-05-31' });
    expect(errors).toEqual([]);
  });

  it('prepares the months beside the shown one without moving the page or the focus', async () => {
    const dir = tempDir();
    await seedSpring(dir);
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url, { width: 1280, height: 600 });
    // March 2026 has six weeks, February and April five: a neighbour laid out in its place (MonthPanes.tsx,
    // rehearseShowing) makes the page shorter for a moment, which would pull a page scrolled to its end up.
    // Class changes of the months are counted from the start: each neighbour, once prepared, is shown and put back.
    await page.evaluate(() => {
      const seen: Seen = { classChanges: 0, scrolls: 0 };
      Object.assign(window, { seen });
      new MutationObserver((records) => (seen.classChanges += records.filter((record) => (record.target as Element).matches('[data-month]')).length)).observe(document.body, { attributes: true, attributeFilter: ['class'], subtree: true });
    });
    // Its flags arrive after the posts, and could change the page's height: the chip's last name, and no request left.
    const chip = page.getByRole('button', { name: /^09:00 Spring meeting, .*Checklist/ });
    await chip.focus();
    await requestsSettled(page);
    const focused = await chip.getAttribute('data-post-id');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // The scroll event of that scroll comes with the next frame.
    await page.waitForTimeout(200);
    const before = await page.evaluate(() => {
      addEventListener('scroll', () => (window as unknown as { seen: Seen }).seen.scrolls++);
      return scrollY;
    });
    expect(before).toBeGreaterThan(0);
    // Each neighbour is shown and put back in one task: four class changes each.
    const seen = () => page.evaluate(() => ({ scrollY, ...(window as unknown as { seen: Seen }).seen }));
    await expect.poll(async () => (await seen()).classChanges, { timeout: 15_000 }).toBeGreaterThanOrEqual(8);
    await page.waitForTimeout(300);
    expect(await seen()).toMatchObject({ scrollY: before, scrolls: 0 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-post-id'))).toBe(focused);
    await page.getByRole('heading', { name: 'March 2026', level: 2 }).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows a week with untimed posts on top and timed ones in rows by time; the agenda groups by ISO week', async () => {
    const dir = tempDir();
    await seedSpring(dir);
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('textbox', { name: 'Go to date' }).fill('30/3/2026');
    await page.getByRole('button', { name: 'Go', exact: true }).click();
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await page.getByRole('heading', { name: 'Week 14 · 30/3–5/4/2026', level: 2 }).waitFor();
    const week = page.getByRole('table', { name: 'Week 14 · 30/3–5/4/2026' });
    expect(await week.getByRole('rowheader').allTextContents()).toEqual(['Any time', '08:00', '10:00']);
    const rows = week.locator('tbody tr');
    expect(await chipTitles(rows.nth(0).locator('td[data-date="2026-03-31"]'))).toEqual(['March photos']);
    expect(await chipTitles(rows.nth(1).locator('td[data-date="2026-04-01"]'))).toEqual(['April newsletter']);
    expect(await chipTitles(rows.nth(2).locator('td[data-date="2026-04-04"]'))).toEqual(['Easter market']);
    // An empty cell (it holds no list) still adds a post on its day.
    await rows.nth(1).locator('td[data-date="2026-04-02"]').click();
    const added = page.getByRole('dialog', { name: 'New post' });
    expect(await added.getByLabel('Date').inputValue()).toBe('2/4/2026');
    await added.getByRole('button', { name: 'Cancel' }).click();
    await added.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    await page.getByRole('heading', { name: /^Weeks 14–19/, level: 2 }).waitFor();
    expect(await page.getByRole('heading', { name: /^Week 14/, level: 2 }).textContent()).toBe('Week 1430/3 – 5/4/2026');
    expect(await page.getByRole('button', { name: /^Edit “/ }).allTextContents()).toEqual(['March photos', 'April newsletter', 'Easter market', 'Village survey']);

    await page.getByRole('button', { name: 'Earlier weeks' }).click();
    await page.getByRole('button', { name: 'Edit “Spring meeting”' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('keeps the view and the day after a reload and a restart, on disk', async () => {
    const dir = tempDir();
    await seedSpring(dir);
    const first = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), first.url);
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await page.getByRole('button', { name: 'Next week' }).click();
    await page.getByRole('button', { name: 'Next week' }).click();
    await page.getByRole('heading', { name: 'Week 13 · 23/3–29/3/2026', level: 2 }).waitFor();
    await expect.poll(() => deviceOnDisk(dir).preferences).toMatchObject({ calendarView: 'week', calendarDate: '2026-03-23' });

    await page.reload();
    await page.getByRole('heading', { name: 'Week 13 · 23/3–29/3/2026', level: 2 }).waitFor();
    expect(await page.getByRole('button', { name: 'Week', exact: true }).getAttribute('aria-pressed')).toBe('true');

    // Let every request of the reloaded page finish first: a request still queued when the
    // services stop would fail, which is not what this test is about.
    await requestsSettled(page);
    // The window closes before the services stop, as in the desktop app: an open page keeps main's event stream open.
    await page.goto('about:blank');
    await session.stop(first);
    const second = await session.bridgeOn(dir);
    await page.goto(second.url);
    await page.getByRole('heading', { name: 'Week 13 · 23/3–29/3/2026', level: 2 }).waitFor();

    await page.getByRole('button', { name: 'Today' }).click();
    await expect.poll(() => deviceOnDisk(dir).preferences.calendarDate).toBeNull();
    expect(errors).toEqual([]);
  });

  it('adds a post on a day by clicking its empty space or pressing Enter on it', async () => {
    const dir = tempDir();
    await seedSpring(dir);
    const bridge = await session.bridgeOn(dir);
    const { page } = await openApp(session.browser(), bridge.url);
    await page.getByRole('heading', { name: 'March 2026', level: 2 }).waitFor();

    const cell = page.locator('td[data-date="2026-03-18"]');
    const box = await cell.boundingBox();
    if (!box) throw new Error('no cell');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 12);
    const dialog = page.getByRole('dialog', { name: 'New post' });
    expect(await dialog.getByLabel('Date').inputValue()).toBe('18/3/2026');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const day = page.getByRole('button', { name: 'Add a post on Thursday 26 March 2026' });
    await day.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Add a post on Friday 27 March 2026');
    await page.keyboard.press('Enter');
    expect(await dialog.getByLabel('Date').inputValue()).toBe('27/3/2026');
    await dialog.getByLabel('Title').fill('Talkoot');
    await dialog.getByRole('button', { name: 'Save' }).click();
    // A post without a time comes first on its day.
    await expect.poll(() => titlesOn(page, '2026-03-27')).toEqual(['Talkoot', 'Spring meeting']);
  });

  it('speaks Finnish and Swedish: month and weekday names, d.M.yyyy, 24-hour times, "Viikko"', async () => {
    const dir = tempDir();
    await seedSpring(dir);
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByLabel('Language').selectOption('fi');
    await page.getByRole('heading', { name: 'Maaliskuu 2026', level: 2 }).waitFor();
    const grid = page.getByRole('table', { name: 'Maaliskuu 2026' });
    expect(await grid.getByRole('columnheader').allTextContents()).toEqual(['Vk', 'ma', 'ti', 'ke', 'to', 'pe', 'la', 'su']);
    expect(await page.getByRole('button', { name: '9.00 Spring meeting, Tarkastettavana, Facebook page' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '18.30 Ice fishing contest, Luonnos, Instagram' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Lisää julkaisu: perjantai 27.3.2026' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Viikko', exact: true }).click();
    await page.getByRole('heading', { name: 'Viikko 11 · 9.3.–15.3.2026', level: 2 }).waitFor();

    await page.getByLabel('Kieli').selectOption('sv');
    await page.getByRole('button', { name: 'Månad', exact: true }).click();
    await page.getByRole('heading', { name: 'mars 2026', exact: true, level: 2 }).waitFor();
    expect(await page.getByRole('table', { name: 'mars 2026', exact: true }).getByRole('columnheader').allTextContents()).toEqual(['V', 'må', 'ti', 'on', 'to', 'fr', 'lö', 'sö']);
    expect(errors).toEqual([]);
  });

  it('takes "today" from the time zone in Settings, not from the computer', async () => {
    const dir = tempDir();
    // 25 hours apart: whatever the hour, these two zones are never on the same date.
    await (await backendOn(dir, () => new Date(), 'en-GB')).call('settings:update', { timeZone: 'Pacific/Kiritimati' });
    const bridge = await session.bridgeOn(dir);
    // The computer's clock is in Pago Pago; the association's is in Kiritimati.
    const context = await session.browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Pacific/Pago_Pago' });
    const page = await context.newPage();
    await page.goto(bridge.url);
    await page.getByRole('table').waitFor();
    const today = todayIn('Pacific/Kiritimati', new Date());
    expect(today).not.toBe(todayIn('Pacific/Pago_Pago', new Date()));
    expect(await page.locator(`${shownGrid} td[aria-current="date"]`).getAttribute('data-date')).toBe(today);
    await context.close();
  });
});
