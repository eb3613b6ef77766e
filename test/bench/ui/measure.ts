import type { Browser, Page } from 'playwright-core';
import { arm, settledMs, settleScript, shownMs, watchFor } from './settle';

/*
 * One fresh page (a new browser context: empty cache, storage and memory) of each
 * calendar, and the figures taken on it, in order. Every figure starts from the month
 * view of today's month (the views in between are left and settled unmeasured).
 */

export const VIEWPORT = { width: 1280, height: 800 };
const BROWSER_LOCALE = 'en-GB';
const BROWSER_TIME_ZONE = 'Europe/Helsinki';

export const figureLabels = {
  open: 'open to month view (from navigation start)',
  monthNew: 'month change, not yet loaded (next)',
  monthCached: 'month change, cached (back)',
  monthLooked: 'month change after a 3 s look at the month (previous)',
  week: 'week view',
  agenda: 'agenda view (six weeks)',
  filter: 'apply a filter (status)',
  editor: 'open the editor',
  saveShown: 'save an edit until the calendar shows it',
  // The old key, so that runs compare: since the edit shows before main answers, this is the rest of the save.
  save: 'save an edit, settled (main’s answer and what it refreshes painted)',
  floor: 'the harness’s floor: a click that changes one text node',
  server: 'server calls alone: all the month view’s requests',
  serverPosts: 'server calls alone: the month’s posts',
} as const;
export type FigureKey = keyof typeof figureLabels;

/** The figures FullCalendar 7 has an equivalent for. */
export const fullCalendarFigures: FigureKey[] = ['open', 'monthNew', 'monthCached', 'monthLooked', 'week', 'agenda', 'floor', 'server', 'serverPosts'];

export interface PageFigures {
  figures: Partial<Record<FigureKey, number>>;
  errors: string[];
  /** Requests the page made while opening (channel or path, and body): replayed for the server figure. */
  openRequests: { url: string; method: string; body: string | null }[];
  /** Channels the page asked for from the click on Save until settled, in order. */
  saveRequests: string[];
  /** The channels asked while switching to the week and to the agenda (until settled): what a switch costs main. */
  viewRequests: { week: string[]; agenda: string[] };
}

async function freshPage(browser: Browser): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: BROWSER_LOCALE, timezoneId: BROWSER_TIME_ZONE });
  await context.addInitScript(settleScript);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // Failed loads are reported with their address below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`${response.status()} ${response.url()}`);
  });
  return { page, errors, close: () => context.close() };
}

/** The channels asked for from now until the returned function is called. */
function recordChannels(page: Page, into: string[]): () => void {
  const listener = (request: { url: () => string }) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/')) into.push(decodeURIComponent(pathname.slice(5)));
  };
  page.on('request', listener);
  return () => void page.off('request', listener);
}

function recordRequests(page: Page, into: PageFigures['openRequests'], origin: string): () => void {
  let recording = true;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!recording || url.origin !== origin) return;
    if (url.pathname.startsWith('/api/') || url.pathname === '/events') into.push({ url: request.url(), method: request.method(), body: request.postData() });
  });
  return () => {
    recording = false;
  };
}

/**
 * The least any click can measure here: a button added to the page (fixed, above everything) that changes one text
 * node. The wait for the frame after the click (up to one frame at 60 Hz) and that frame are in every figure above;
 * this says how much of a figure is the action's own.
 */
async function floorMs(page: Page): Promise<number> {
  await page.evaluate(`(() => {
    const button = document.createElement('button');
    button.id = 'bench-floor';
    button.textContent = 'floor ';
    button.style.cssText = 'position: fixed; right: 0; bottom: 0; z-index: 2147483647';
    const text = document.createTextNode('');
    button.append(text);
    button.addEventListener('click', () => { text.data = String(Math.round(performance.now())); });
    document.body.append(button);
  })()`);
  const samples: number[] = [];
  for (let click = 0; click < 5; click++) {
    await settledMs(page, true);
    await arm(page);
    await page.click('#bench-floor');
    samples.push(await settledMs(page));
  }
  return samples.sort((a, b) => a - b)[2];
}

/** How long a user looks at a month before paging on, for the figure that models it (monthLooked). */
const LOOK_MS = 3000;

// Found as a person would: the calendar's body says when it is busy, the month is the table its title names, a chip is a button carrying its post's id.
const calendarIdle = (page: Page) => page.locator('[aria-busy="false"]').waitFor();
const monthGrid = '[aria-busy] table';
const chips = `${monthGrid} button[data-post-id]`;
const monthLabel = (page: Page) => page.locator(monthGrid).getAttribute('aria-label');

/** Our app on the web bridge; preferences must already say month view, today. */
export async function measureOurs(browser: Browser, url: string, editNumber: number): Promise<PageFigures> {
  const { page, errors, close } = await freshPage(browser);
  const result: PageFigures = { figures: {}, errors, openRequests: [], saveRequests: [], viewRequests: { week: [], agenda: [] } };
  const figures = result.figures;
  try {
    const stopRecording = recordRequests(page, result.openRequests, new URL(url).origin);
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(chips).first().waitFor();
    await calendarIdle(page);
    // Opening waits on every request of the first screen (plan:conflicts took over 30 s at 10,000 posts on a
    // machine at load 20): a slow one is part of the figure, not a reason to lose the run's other figures.
    figures.open = await settledMs(page, true, 180_000);
    stopRecording();
    const thisMonth = await monthLabel(page);

    await arm(page);
    await page.getByRole('button', { name: 'Next month', exact: true }).click();
    await page.waitForFunction(`document.querySelector(${JSON.stringify(monthGrid)})?.getAttribute('aria-label') !== ${JSON.stringify(thisMonth)}`);
    await calendarIdle(page);
    figures.monthNew = await settledMs(page);

    await arm(page);
    await page.getByRole('button', { name: 'Previous month', exact: true }).click();
    await page.locator(`${monthGrid}[aria-label=${JSON.stringify(thisMonth)}]`).waitFor();
    await calendarIdle(page);
    figures.monthCached = await settledMs(page);

    // A user looks at a month before paging on: the month before it, never shown, is asked for and laid out meanwhile.
    await page.waitForTimeout(LOOK_MS);
    await arm(page);
    await page.getByRole('button', { name: 'Previous month', exact: true }).click();
    await page.waitForFunction(`document.querySelector(${JSON.stringify(monthGrid)})?.getAttribute('aria-label') !== ${JSON.stringify(thisMonth)}`);
    await calendarIdle(page);
    figures.monthLooked = await settledMs(page);
    await page.getByRole('button', { name: 'Next month', exact: true }).click();
    await page.locator(`${monthGrid}[aria-label=${JSON.stringify(thisMonth)}]`).waitFor();
    await calendarIdle(page);
    await settledMs(page, true);

    const backToMonth = async () => {
      await page.getByRole('button', { name: 'Month', exact: true }).click();
      await page.locator(chips).first().waitFor();
      await calendarIdle(page);
      await settledMs(page, true);
    };

    await arm(page);
    let stopViewChannels = recordChannels(page, result.viewRequests.week);
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await page.getByRole('rowheader', { name: /^\d{1,2}[:.]\d\d$/ }).first().waitFor();
    await calendarIdle(page);
    figures.week = await settledMs(page);
    stopViewChannels();
    await backToMonth();

    await arm(page);
    stopViewChannels = recordChannels(page, result.viewRequests.agenda);
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    await page.getByRole('region', { name: /^Week \d+/ }).first().waitFor();
    await calendarIdle(page);
    figures.agenda = await settledMs(page);
    stopViewChannels();
    await backToMonth();

    await arm(page);
    await page.getByLabel('Filter by status', { exact: true }).selectOption('draft');
    const clear = page.getByRole('button', { name: 'Clear filters' });
    await clear.waitFor();
    figures.filter = await settledMs(page);
    await clear.click();
    await clear.waitFor({ state: 'detached' });
    await settledMs(page, true);

    // A post that is alone at the top of its day (earliest time), so that a longer
    // title cannot move it behind the day's "+N more".
    const chipIndex = (await page.evaluate(`(() => {
      const chips = [...document.querySelectorAll(${JSON.stringify(chips)})];
      // A chip's accessible name starts with its time, when it has one.
      const timeOf = (chip) => chip ? (/^\\d{1,2}[:.]\\d\\d /.exec(chip.getAttribute('aria-label') ?? '')?.[0] ?? '') : null;
      for (const cell of document.querySelectorAll(${JSON.stringify(monthGrid + ' td[data-date]')})) {
        const dayChips = [...cell.querySelectorAll('button[data-post-id]')];
        if (dayChips.length === 0) continue;
        const second = timeOf(dayChips[1]);
        if (second === null || timeOf(dayChips[0]) < second) return chips.indexOf(dayChips[0]);
      }
      return 0;
    })()`)) as number;
    const chip = page.locator(chips).nth(chipIndex);
    await arm(page);
    await chip.click();
    const dialog = page.getByRole('dialog', { name: 'Edit post' });
    await dialog.getByLabel('Title', { exact: true }).waitFor();
    figures.editor = await settledMs(page);

    const title = dialog.getByLabel('Title', { exact: true });
    const newTitle = `${await title.inputValue()} (muokattu ${editNumber})`;
    await title.fill(newTitle);
    await settledMs(page, true);
    await arm(page);
    await watchFor(page, chips, newTitle);
    const stopChannels = recordChannels(page, result.saveRequests);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator(chips, { hasText: newTitle }).first().waitFor();
    figures.saveShown = await shownMs(page);
    figures.save = await settledMs(page);
    stopChannels();
    figures.floor = await floorMs(page);
  } finally {
    await close();
  }
  return result;
}

/** FullCalendar 7 on its page; its toolbar's actions are called through its API. */
export async function measureFullCalendar(browser: Browser, url: string): Promise<PageFigures> {
  const { page, errors, close } = await freshPage(browser);
  const result: PageFigures = { figures: {}, errors, openRequests: [], saveRequests: [], viewRequests: { week: [], agenda: [] } };
  const figures = result.figures;
  const call = async (action: string) => {
    const before = (await page.evaluate('window.__fc.datesSet')) as number;
    await page.evaluate(`window.__bench.markInput(); window.__fc.calendar.${action};`);
    await page.waitForFunction(`window.__fc.datesSet > ${before} && !window.__fc.loading`);
    return settledMs(page);
  };
  try {
    const stopRecording = recordRequests(page, result.openRequests, new URL(url).origin);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction('window.__fc && window.__fc.eventsSet > 0 && !window.__fc.loading');
    figures.open = await settledMs(page, true);
    stopRecording();
    figures.monthNew = await call('next()');
    figures.monthCached = await call('prev()');
    await page.waitForTimeout(LOOK_MS);
    figures.monthLooked = await call('prev()');
    await call('next()');
    figures.week = await call("changeView('timeGridWeek')");
    await call("changeView('dayGridMonth')");
    figures.agenda = await call("changeView('listSixWeeks')");
    figures.floor = await floorMs(page);
  } finally {
    await close();
  }
  return result;
}
